package fr.sav.inventory.exchange;

/**
 * Exchange pool sizing for repairables at a single site (Sherbrooke's METRIC, one echelon): units in the
 * pipeline (owed by customers or in repair) are Poisson with mean = exchange rate × turnaround. With s units
 * in the pool, an exchange is served from the shelf when fewer than s are in the pipeline, so the
 * availability is P(X ≤ s − 1); the recommended size is the smallest s that reaches the target.
 */
final class PoolSizing {

    private static final int LIMIT = 10_000;

    private PoolSizing() {
    }

    /**
     * P(X ≤ k) for X ~ Poisson(mean), each term in log space so that large means do not underflow; past the
     * mean the terms shrink faster than geometrically, so the sum stops once they no longer change it
     * (a pool of a billion units costs no more than the mean's worth of terms).
     */
    static double cumulative(double mean, long k) {
        if (mean == 0) {
            return 1;
        }
        double logTerm = -mean;
        double sum = Math.exp(logTerm);
        for (long x = 1; x <= k; x++) {
            logTerm += Math.log(mean) - Math.log(x);
            double term = Math.exp(logTerm);
            sum += term;
            if (x > mean && term <= sum * 1e-17) {
                break;
            }
        }
        return Math.min(1.0, sum);
    }

    /** P(X = x) for X ~ Poisson(mean). */
    static double probability(double mean, int x) {
        if (mean == 0) {
            return x == 0 ? 1 : 0;
        }
        double log = -mean + x * Math.log(mean);
        for (int i = 2; i <= x; i++) {
            log -= Math.log(i);
        }
        return Math.exp(log);
    }

    /** The share of exchanges served at once with s units in the pool. */
    static double availability(double pipelineMean, long poolSize) {
        return poolSize <= 0 ? (pipelineMean == 0 ? 1 : 0) : cumulative(pipelineMean, poolSize - 1);
    }

    /** Smallest pool whose availability reaches the target (0 when nothing is ever exchanged). */
    static int recommended(double pipelineMean, double target) {
        if (pipelineMean <= 0) {
            return 0;
        }
        double logTerm = -pipelineMean;
        double cumulative = Math.exp(logTerm);
        int s = 1;
        while (cumulative < target && s < LIMIT) {
            logTerm += Math.log(pipelineMean) - Math.log(s);
            cumulative += Math.exp(logTerm);
            s++;
        }
        return s;
    }

    /** Expected backorders EBO(s) = Σ_{x>s} (x − s)·P(X = x): exchanges waiting, on average, for a unit. */
    static double expectedBackorders(double pipelineMean, int poolSize) {
        double belowOrAt = 0;
        for (int x = 0; x <= poolSize; x++) {
            belowOrAt += (poolSize - x) * probability(pipelineMean, x);
        }
        return Math.max(0, pipelineMean - poolSize + belowOrAt);
    }
}
