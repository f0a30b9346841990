package fr.sav.inventory.purchasing.forecast;

import java.util.Arrays;

/**
 * The non-zero bucket sizes of a group of parts (a family, or the whole stock) pooled together: how often each
 * size was asked across the group, the prior a part's own few sizes are shrunk toward (empirical Bayes). Built
 * only from the histories as they were known when the policy runs, so a replay never sees ahead. A part with n
 * own sizes mixes its bootstrap sizes with the pool as if k more sizes had come from it: own × n / (n + k) +
 * pool × k / (n + k), k the settings' pool weight. A lump the family has shown (a size of 16 among small ones)
 * thus reaches a part whose own history never did, with a weight that fades as the part's history grows.
 */
public final class PooledSizes {

    private int[] counts = new int[16];
    private int largest;
    private long observed;
    private volatile double[] distribution;

    /** Adds a history's non-zero buckets to the pool. */
    public PooledSizes add(WeeklyDemand demand) {
        for (int week = 0; week < demand.weeks(); week++) {
            add(demand.at(week));
        }
        return this;
    }

    /** Adds a history's non-zero buckets to the pool (the service's arrays of weekly pieces). */
    public PooledSizes add(int[] buckets) {
        for (int pieces : buckets) {
            add(pieces);
        }
        return this;
    }

    /** A size beyond what a bootstrap takes (a mistyped quantity, a bulk consumable) is left out of the family's prior. */
    private void add(int pieces) {
        if (pieces <= 0 || pieces > BootstrapLeadTimeDemand.MOST) {
            return;
        }
        int size = pieces;
        if (size >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(size + 1, 2 * counts.length));
        }
        counts[size]++;
        largest = Math.max(largest, size);
        observed++;
        distribution = null;
    }

    /** Non-zero buckets pooled. */
    public long observed() {
        return observed;
    }

    /** P(size = v) over the pooled sizes, index 0 unused; null when the pool is empty. */
    double[] distribution() {
        if (observed == 0) {
            return null;
        }
        if (distribution == null) {
            double[] shares = new double[largest + 1];
            for (int size = 1; size <= largest; size++) {
                shares[size] = (double) counts[size] / observed;
            }
            distribution = shares;
        }
        return distribution;
    }

    /**
     * A part's jittered sizes (index v: P(Y = v)) from n observed sizes, mixed with the pool as if {@code weight}
     * more sizes had come from it: own × n / (n + k) + pool × k / (n + k). The part's own sizes unchanged when the
     * pool is empty or the weight 0.
     */
    double[] mix(double[] own, int sizes, double weight) {
        double[] pool = distribution();
        if (pool == null || !(weight > 0)) {
            return own;
        }
        double ownShare = sizes / (sizes + weight);
        double[] mixed = new double[Math.max(own.length, pool.length + 1)];
        for (int v = 1; v < own.length; v++) {
            mixed[v] += ownShare * own[v];
        }
        for (int v = 1; v < pool.length; v++) {
            mixed[v] += (1 - ownShare) * pool[v];
        }
        return mixed;
    }
}
