package fr.sav.inventory.purchasing.forecast;

import java.util.SplittableRandom;

/**
 * The monthly generator's families of after-sales parts. Every month the part gets a Poisson number of orders at
 * its rate λ (orders a month); an order is a lump of 10 + Poisson(6) pieces with the part's lump probability,
 * else 1 piece (60 %), 2 (25 %), 3 (10 %) or 4 to 6 (5 %).
 */
enum MonthlyFamily {

    /** 40 %: λ log-uniform in [0.03, 0.4], no lumps: a slow mover, most with fewer than ten months with demand. */
    SLOW("SLO", 0.40) {
        @Override
        int[] draw(SplittableRandom random, int months) {
            return orders(random, months, 0, months, logUniform(random, 0.03, 0.4), 0);
        }
    },
    /** 25 %: λ log-uniform in [0.03, 0.6], lump probability uniform in [0.01, 0.05]. */
    LUMPY("LMP", 0.25) {
        @Override
        int[] draw(SplittableRandom random, int months) {
            return orders(random, months, 0, months, logUniform(random, 0.03, 0.6), uniform(random, 0.01, 0.05));
        }
    },
    /** 10 %: λ uniform in [1, 4], lump probability uniform in [0, 0.01]: a fast mover. */
    FAST("FST", 0.10) {
        @Override
        int[] draw(SplittableRandom random, int months) {
            return orders(random, months, 0, months, uniform(random, 1, 4), uniform(random, 0, 0.01));
        }
    },
    /**
     * 15 %: a new part, listed in a month uniform in [12, months − 3] (its history is that much shorter: blank
     * before it), then λ log-uniform in [0.05, 0.8] and lump probability uniform in [0, 0.05].
     */
    NEW("NEW", 0.15) {
        @Override
        int[] draw(SplittableRandom random, int months) {
            int launch = Math.min(months - 1, 12 + random.nextInt(Math.max(1, months - 14)));
            return orders(random, months - launch, 0, months - launch, logUniform(random, 0.05, 0.8),
                    uniform(random, 0, 0.05));
        }
    },
    /** 10 %: λ log-uniform in [0.1, 0.8], lump probability uniform in [0, 0.05], no demand after a month in [24, 44]. */
    FADING("FAD", 0.10) {
        @Override
        int[] draw(SplittableRandom random, int months) {
            double rate = logUniform(random, 0.1, 0.8);
            double lumps = uniform(random, 0, 0.05);
            return orders(random, months, 0, Math.min(months, 24 + random.nextInt(21)), rate, lumps);
        }
    };

    private final String code;
    private final double share;

    MonthlyFamily(String code, double share) {
        this.code = code;
        this.share = share;
    }

    String code() {
        return code;
    }

    double share() {
        return share;
    }

    /** The part's monthly demand: {@code months} of them, fewer for a part listed late (its last months). */
    abstract int[] draw(SplittableRandom random, int months);

    private static int[] orders(SplittableRandom random, int months, int from, int to, double rate, double lumps) {
        int[] demand = new int[months];
        for (int month = from; month < to; month++) {
            int orders = poisson(random, rate);
            for (int order = 0; order < orders; order++) {
                demand[month] += size(random, lumps);
            }
        }
        return demand;
    }

    private static int size(SplittableRandom random, double lumps) {
        if (random.nextDouble() < lumps) {
            return 10 + poisson(random, 6);
        }
        double u = random.nextDouble();
        if (u < 0.60) {
            return 1;
        }
        if (u < 0.85) {
            return 2;
        }
        return u < 0.95 ? 3 : 4 + random.nextInt(3);
    }

    private static int poisson(SplittableRandom random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private static double uniform(SplittableRandom random, double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    private static double logUniform(SplittableRandom random, double low, double high) {
        return Math.exp(uniform(random, Math.log(low), Math.log(high)));
    }
}
