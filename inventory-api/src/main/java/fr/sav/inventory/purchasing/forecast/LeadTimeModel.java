package fr.sav.inventory.purchasing.forecast;

/**
 * The distribution that stands for the demand a reorder point must cover (lead-time demand plus the review
 * undershoot), and how it turns into a reorder point R. A part is ordered when its position is below R, so
 * the position is then at most R − 1: R is one more than the service-level quantile.
 */
public enum LeadTimeModel {

    /** Normal, for large and nearly symmetric demand: R = ⌈mean + z·σ + ½⌉, the half piece correcting for whole pieces. */
    NORMAL {
        @Override
        int reorderPoint(double mean, double variance, double serviceLevel) {
            return Pieces.up(mean + InverseNormal.z(serviceLevel) * Math.sqrt(variance) + 0.5);
        }

        @Override
        String describe(double mean, double variance, double serviceLevel, int reorderPoint) {
            double z = InverseNormal.z(serviceLevel);
            double sigma = Math.sqrt(variance);
            return "taken as normal (mean " + Words.number(mean) + ", σ " + Words.number(sigma) + "): z("
                    + Words.number(serviceLevel, 4) + ") = " + Words.number(z, 4) + ", " + Words.number(mean)
                    + " + " + Words.number(z, 4) + " × " + Words.number(sigma) + " + ½ = "
                    + Words.number(mean + z * sigma + 0.5) + ", rounded up: reorder point " + reorderPoint;
        }
    },
    /** Poisson, for skewed demand whose variance is no larger than its mean: R = 1 + its quantile. */
    POISSON {
        @Override
        int reorderPoint(double mean, double variance, double serviceLevel) {
            return 1 + CountQuantile.poisson(mean, serviceLevel);
        }

        @Override
        String describe(double mean, double variance, double serviceLevel, int reorderPoint) {
            return "taken as Poisson (mean " + Words.number(mean) + "): " + quantile(serviceLevel, reorderPoint);
        }
    },
    /** Negative binomial with the mean and the larger variance, for skewed demand: R = 1 + its quantile. */
    NEGATIVE_BINOMIAL {
        @Override
        int reorderPoint(double mean, double variance, double serviceLevel) {
            return 1 + CountQuantile.negativeBinomial(mean, variance, serviceLevel);
        }

        @Override
        String describe(double mean, double variance, double serviceLevel, int reorderPoint) {
            return "taken as negative binomial (mean " + Words.number(mean) + ", variance " + Words.number(variance)
                    + "): " + quantile(serviceLevel, reorderPoint);
        }
    };

    /** Below this skewness the demand is near enough symmetric for the normal. */
    static final double NEARLY_SYMMETRIC = 0.3;
    private static final double UNDERFLOW = -700;

    /**
     * Poisson when the variance is no larger than the mean, else negative binomial; normal instead when that
     * distribution's skewness (1/√mean for Poisson, (2·variance − mean) / (mean·√variance) for the negative
     * binomial) is below 0.3, or when its probability of zero would underflow.
     */
    static LeadTimeModel fitting(double mean, double variance) {
        if (mean <= 0) {
            return POISSON;
        }
        if (variance <= mean) {
            return 1 / Math.sqrt(mean) < NEARLY_SYMMETRIC ? NORMAL : POISSON;
        }
        double skewness = (2 * variance - mean) / (mean * Math.sqrt(variance));
        double p = mean / variance;
        double r = mean * mean / (variance - mean);
        return skewness < NEARLY_SYMMETRIC || r * Math.log(p) < UNDERFLOW ? NORMAL : NEGATIVE_BINOMIAL;
    }

    abstract int reorderPoint(double mean, double variance, double serviceLevel);

    abstract String describe(double mean, double variance, double serviceLevel, int reorderPoint);

    private static String quantile(double serviceLevel, int reorderPoint) {
        return Words.number(serviceLevel * 100, 2) + " % quantile " + (reorderPoint - 1) + ", so reorder point "
                + reorderPoint + " (a position below it holds at most " + (reorderPoint - 1) + ")";
    }
}
