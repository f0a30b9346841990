package fr.sav.inventory.purchasing.forecast;

import java.util.Random;

/**
 * The generator's families of spare-parts demand, each with its share of the series and how a series is drawn:
 * every week has demand with probability p, and a demand's size follows the family's distribution.
 */
enum DemandPattern {

    /** 20 %: p uniform in [0.9, 1], size 1 + Poisson(λ), λ uniform in [2, 12]. */
    SMOOTH("SMO", 0.20) {
        @Override
        int[] draw(Random random, int weeks) {
            return bernoulli(random, weeks, uniform(random, 0.9, 1), new Sizes.Poisson(uniform(random, 2, 12)), weeks);
        }
    },
    /** 15 %: p uniform in [0.85, 1], size lognormal with median m in [2, 8] and σ in [0.9, 1.3], at least 1. */
    ERRATIC("ERR", 0.15) {
        @Override
        int[] draw(Random random, int weeks) {
            return bernoulli(random, weeks, uniform(random, 0.85, 1), lognormal(random, 2, 8, 0.9, 1.3), weeks);
        }
    },
    /** 30 %: p log-uniform in [0.02, 0.5] (many slow movers), size 1 + Poisson(λ), λ uniform in [0, 1.5]. */
    INTERMITTENT("INT", 0.30) {
        @Override
        int[] draw(Random random, int weeks) {
            return bernoulli(random, weeks, logUniform(random, 0.02, 0.5), new Sizes.Poisson(uniform(random, 0, 1.5)), weeks);
        }
    },
    /** 25 %: p log-uniform in [0.03, 0.5], size lognormal with median m in [2, 10] and σ in [0.8, 1.2], at least 1. */
    LUMPY("LUM", 0.25) {
        @Override
        int[] draw(Random random, int weeks) {
            return bernoulli(random, weeks, logUniform(random, 0.03, 0.5), lognormal(random, 2, 10, 0.8, 1.2), weeks);
        }
    },
    /**
     * 10 %: an intermittent or a lumpy part (even odds) with p log-uniform in [0.1, 0.5] whose demand stops for
     * good after a week drawn uniformly in [60, 92]: the appliance it fits has left the field.
     */
    DYING("DYI", 0.10) {
        @Override
        int[] draw(Random random, int weeks) {
            double p = logUniform(random, 0.1, 0.5);
            Sizes sizes = random.nextBoolean() ? new Sizes.Poisson(uniform(random, 0, 1.5))
                    : lognormal(random, 2, 10, 0.8, 1.2);
            int stop = Math.min(weeks, 60 + random.nextInt(33));
            return bernoulli(random, weeks, p, sizes, stop);
        }
    };

    private final String code;
    private final double share;

    DemandPattern(String code, double share) {
        this.code = code;
        this.share = share;
    }

    String code() {
        return code;
    }

    double share() {
        return share;
    }

    abstract int[] draw(Random random, int weeks);

    private static int[] bernoulli(Random random, int weeks, double p, Sizes sizes, int stop) {
        int[] demand = new int[weeks];
        for (int week = 0; week < stop; week++) {
            if (random.nextDouble() < p) {
                demand[week] = sizes.draw(random);
            }
        }
        return demand;
    }

    private static Sizes lognormal(Random random, double lowMedian, double highMedian, double lowSigma, double highSigma) {
        return new Sizes.Lognormal(Math.log(uniform(random, lowMedian, highMedian)), uniform(random, lowSigma, highSigma));
    }

    private static double uniform(Random random, double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    private static double logUniform(Random random, double low, double high) {
        return Math.exp(uniform(random, Math.log(low), Math.log(high)));
    }
}
