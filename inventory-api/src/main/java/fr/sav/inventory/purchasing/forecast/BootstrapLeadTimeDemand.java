package fr.sav.inventory.purchasing.forecast;

/**
 * Willemain's bootstrap of lead-time demand (Willemain, Smart and Schwarz 2004), computed exactly instead of by
 * drawing: the size of a bucket with demand is one of the observed non-zero sizes x, each as likely, jittered as
 * in the paper to 1 + int(x + Z√x) with Z standard normal (x itself when that is not positive), so a size may
 * exceed the largest one seen; a bucket has demand with probability p = forecast / mean jittered size, so the
 * forecasting method still sets the rate; the lead time of L buckets is ⌈L⌉ buckets at p × L / ⌈L⌉. The
 * reorder point covers that lead-time demand plus the review undershoot U, P(U = u) = P(Y &gt; u) / E[Y], from
 * the jittered sizes Y: R = 1 + the quantile of U + lead-time demand at the service level raised for a short
 * history, 1 − (1 − level) × n / (n + 4) with n observed sizes (the quantile of n observations misses the tail
 * it has not seen: with n sizes the next one exceeds them all with probability 1 / (n + 1)).
 */
final class BootstrapLeadTimeDemand {

    /** Jitter beyond this many standard deviations is left out (its probability is below 3·10⁻⁷). */
    private static final double REACH = 5;
    private static final int LIMIT = 100_000;
    /**
     * The largest bucket a bootstrap takes: a part that was once asked more (a bulk consumable, a mistyped quantity of a
     * million) is planned with the fitted model instead, since lumps of thousands are not a spare part's lumps and
     * distributions that long would take the suggestions minutes.
     */
    static final int MOST = 1_000;

    /** The first bound up to which the distributions are computed. */
    private static final int FIRST_BOUND = 64;
    /** Pseudo-observations by which a short history's service level is raised. */
    static final int PSEUDO_SIZES = 4;

    private BootstrapLeadTimeDemand() {
    }

    /**
     * The jittered size distribution of a history's non-zero buckets: index v holds P(Y = v), index 0 unused.
     * Null without demand.
     */
    /** Whether every bucket of the history is within what a bootstrap takes ({@link #MOST}). */
    static boolean fits(WeeklyDemand demand) {
        for (int week = 0; week < demand.weeks(); week++) {
            if (demand.at(week) > MOST) {
                return false;
            }
        }
        return true;
    }

    static double[] jitteredSizes(WeeklyDemand demand) {
        int largest = 0;
        int observed = 0;
        for (int week = 0; week < demand.weeks(); week++) {
            largest = Math.max(largest, demand.at(week));
            observed += demand.at(week) > 0 ? 1 : 0;
        }
        if (observed == 0) {
            return null;
        }
        int[] counts = new int[largest + 1];
        for (int week = 0; week < demand.weeks(); week++) {
            counts[demand.at(week)]++;
        }
        double[] sizes = new double[largest + 2 + (int) Math.ceil(REACH * Math.sqrt(largest))];
        double share = 1.0 / observed;
        for (int x = 1; x <= largest; x++) {
            if (counts[x] > 0) {
                jitter(x, counts[x] * share, sizes);
            }
        }
        return sizes;
    }

    /**
     * Adds weight × the distribution of 1 + int(x + Z√x) (x when not positive): for k ≥ 0 the value k + 1 when
     * x + Z√x lies in [k, k + 1); 1 when it lies in (−1, 0); x when it is −1 or less.
     */
    static void jitter(int x, double weight, double[] sizes) {
        double root = Math.sqrt(x);
        double below = Normal.cdf((-1 - x) / root);
        sizes[x] += weight * below;
        int high = Math.min(sizes.length - 2, (int) Math.ceil(x + REACH * root));
        double previous = below;
        for (int k = -1; k <= high; k++) {
            double upTo = Normal.cdf((k + 1 - x) / root);
            sizes[Math.max(1, k + 1)] += weight * (upTo - previous);
            previous = upTo;
        }
    }

    /** The service level raised for n observed sizes: 1 − (1 − level) × n / (n + 4). */
    static double level(double serviceLevel, int sizes) {
        return 1 - (1 - serviceLevel) * sizes / (sizes + PSEUDO_SIZES);
    }

    /** Probability of demand in a bucket: forecast per bucket / mean jittered size, at most 1. */
    static double probability(double[] sizes, double perBucket) {
        return Math.min(1, perBucket / mean(sizes));
    }

    /**
     * The reorder point: 1 + the smallest q with P(U + lead-time demand ≤ q) ≥ level, the lead time of L buckets
     * taken as ⌈L⌉ buckets with demand probability p × L / ⌈L⌉. The distributions are computed only up to a bound
     * (64 pieces, doubled until the quantile lies within it): their values up to the bound are exact, and a family's
     * pool of sizes running into the hundreds then costs no more than the few pieces the quantile needs.
     */
    static int reorderPoint(double[] sizes, double probability, double leadTimeBuckets, boolean undershoot,
                            double level) {
        int buckets = (int) Math.ceil(leadTimeBuckets);
        double p = buckets == 0 ? 0 : probability * leadTimeBuckets / buckets;
        double meanSize = mean(sizes);
        int support = (buckets + (undershoot ? 1 : 0)) * (sizes.length - 1) + 1;
        for (int bound = FIRST_BOUND; bound < support; bound *= 2) {
            int q = quantile(sizes, p, buckets, undershoot, meanSize, level, bound);
            if (q >= 0) {
                return 1 + q;
            }
        }
        return 1 + exactQuantile(sizes, p, buckets, undershoot, meanSize, level);
    }

    /** The quantile when it lies within [0, bound], else −1. */
    private static int quantile(double[] sizes, double p, int buckets, boolean undershoot, double meanSize, double level,
                                int bound) {
        double[] leadTime = {1};
        for (int bucket = 0; bucket < buckets; bucket++) {
            leadTime = addBucket(leadTime, sizes, p, bound);
        }
        double[] under = undershoot ? undershoot(sizes, meanSize, bound) : new double[] {1};
        double[] leadTimeCumulative = cumulative(leadTime);
        for (int q = 0; q <= bound; q++) {
            double covered = 0;
            for (int u = 0; u < under.length && u <= q; u++) {
                covered += under[u] * leadTimeCumulative[Math.min(q - u, leadTimeCumulative.length - 1)];
            }
            if (covered >= level) {
                return q;
            }
        }
        return -1;
    }

    private static int exactQuantile(double[] sizes, double p, int buckets, boolean undershoot, double meanSize,
                                     double level) {
        double[] leadTime = {1};
        for (int bucket = 0; bucket < buckets; bucket++) {
            leadTime = addBucket(leadTime, sizes, p, Integer.MAX_VALUE);
        }
        double[] under = undershoot ? undershoot(sizes, meanSize) : new double[] {1};
        double[] leadTimeCumulative = cumulative(leadTime);
        double covered = 0;
        int q = -1;
        while (covered < level && q < LIMIT) {
            q++;
            covered = 0;
            for (int u = 0; u < under.length && u <= q; u++) {
                covered += under[u] * leadTimeCumulative[Math.min(q - u, leadTimeCumulative.length - 1)];
            }
            if (q >= under.length + leadTime.length) {
                break;
            }
        }
        return q;
    }

    /** P(U = u) = P(Y &gt; u) / E[Y], u = 0 .. largest size − 1. */
    static double[] undershoot(double[] sizes, double meanSize) {
        return undershoot(sizes, meanSize, Integer.MAX_VALUE);
    }

    /** P(U = u) = P(Y &gt; u) / E[Y], u = 0 .. min(largest size − 1, bound). */
    private static double[] undershoot(double[] sizes, double meanSize, int bound) {
        double[] under = new double[(int) Math.min(sizes.length - 1, (long) bound + 1)];
        double above = 1 - sizes[0];
        for (int u = 0; u < under.length; u++) {
            above -= sizes[u];
            under[u] = Math.max(0, above) / meanSize;
        }
        return under;
    }

    private static double mean(double[] sizes) {
        double mean = 0;
        for (int v = 1; v < sizes.length; v++) {
            mean += v * sizes[v];
        }
        return mean;
    }

    /** One more bucket of demand, the distribution kept up to {@code bound} pieces (exact there). */
    private static double[] addBucket(double[] before, double[] sizes, double p, int bound) {
        double[] after = new double[(int) Math.min((long) before.length + sizes.length - 1, (long) bound + 1)];
        for (int d = 0; d < before.length; d++) {
            if (before[d] == 0) {
                continue;
            }
            after[d] += before[d] * (1 - p);
            for (int v = 1; v < sizes.length && d + v < after.length; v++) {
                after[d + v] += before[d] * p * sizes[v];
            }
        }
        return after;
    }

    private static double[] cumulative(double[] probabilities) {
        double[] cumulative = new double[probabilities.length];
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            sum += probabilities[i];
            cumulative[i] = sum;
        }
        return cumulative;
    }
}
