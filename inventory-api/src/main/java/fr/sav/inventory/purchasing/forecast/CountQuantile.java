package fr.sav.inventory.purchasing.forecast;

/** Service-level quantiles of whole-piece demand: the smallest q with P(demand ≤ q) ≥ level. */
final class CountQuantile {

    private static final int LIMIT = 100_000;

    private CountQuantile() {
    }

    static int poisson(double mean, double level) {
        double term = Math.exp(-mean);
        double cumulative = term;
        int q = 0;
        while (cumulative < level && q < LIMIT) {
            q++;
            term *= mean / q;
            cumulative += term;
        }
        return q;
    }

    /** Negative binomial with the given mean and a larger variance: p = mean / variance, r = mean² / (variance − mean). */
    static int negativeBinomial(double mean, double variance, double level) {
        double p = mean / variance;
        double r = mean * mean / (variance - mean);
        double term = Math.exp(r * Math.log(p));
        double cumulative = term;
        int q = 0;
        while (cumulative < level && q < LIMIT) {
            term *= (q + r) / (q + 1) * (1 - p);
            q++;
            cumulative += term;
        }
        return q;
    }
}
