package fr.sav.inventory.purchasing.forecast;

import java.util.Random;

/** The size of one week's demand, at least one piece. */
sealed interface Sizes {

    int draw(Random random);

    /** 1 + Poisson(λ): steady sizes. */
    record Poisson(double lambda) implements Sizes {
        @Override
        public int draw(Random random) {
            double limit = Math.exp(-lambda);
            double product = random.nextDouble();
            int count = 0;
            while (product > limit) {
                product *= random.nextDouble();
                count++;
            }
            return 1 + count;
        }
    }

    /** max(1, round(e^(μ + σ Z))): sizes that vary a lot. */
    record Lognormal(double mu, double sigma) implements Sizes {
        @Override
        public int draw(Random random) {
            return (int) Math.max(1, Math.round(Math.exp(mu + sigma * random.nextGaussian())));
        }
    }
}
