package fr.sav.inventory.purchasing.forecast;

/**
 * The reorder policy's settings: target cycle service level, review period (weeks of forecast added above
 * the reorder point to make the order-up-to level), whether to cover the weekly-review undershoot, the
 * forecaster, the length of the history's buckets (a week unless said otherwise; "weeks" in the names
 * then read "buckets"), whether the reorder point of intermittent and lumpy parts comes from Willemain's
 * bootstrap of lead-time demand ({@link BootstrapLeadTimeDemand}) instead of a fitted distribution, and the
 * pieces held for a part with no demand in its history (a new part; 0: none), and the weight, in pseudo-sizes, of
 * the sizes pooled across the part's family in its bootstrap ({@link PooledSizes}; 0: the part's own sizes only).
 */
public record PolicySettings(double serviceLevel, double reviewWeeks, boolean reviewUndershoot, Forecaster forecaster,
                             Period period, boolean bootstrap, int noDemandStock, double poolWeight) {

    /**
     * Service level 0.95, review period 4 weeks, undershoot covered, default forecaster (AUTO), weekly buckets,
     * fitted distributions for every part, nothing held for a part without demand.
     */
    public static final PolicySettings DEFAULT = new PolicySettings(0.95, 4, true, Forecaster.DEFAULT);

    /** Weekly buckets, fitted distributions for every part (no bootstrap), nothing held for a part without demand. */
    public PolicySettings(double serviceLevel, double reviewWeeks, boolean reviewUndershoot, Forecaster forecaster) {
        this(serviceLevel, reviewWeeks, reviewUndershoot, forecaster, Period.WEEK, false, 0);
    }

    /** No pooling: each part's bootstrap from its own sizes only. */
    public PolicySettings(double serviceLevel, double reviewWeeks, boolean reviewUndershoot, Forecaster forecaster,
                          Period period, boolean bootstrap, int noDemandStock) {
        this(serviceLevel, reviewWeeks, reviewUndershoot, forecaster, period, bootstrap, noDemandStock, 0);
    }

    /** The same settings with intermittent and lumpy parts' reorder points bootstrapped (what the simulator replays). */
    public PolicySettings bootstrapped() {
        return new PolicySettings(serviceLevel, reviewWeeks, reviewUndershoot, forecaster, period, true, noDemandStock, poolWeight);
    }

    /** The same settings with each part's bootstrap sizes mixed with its family's pool, worth {@code weight} sizes. */
    public PolicySettings pooled(double weight) {
        return new PolicySettings(serviceLevel, reviewWeeks, reviewUndershoot, forecaster, period, bootstrap, noDemandStock,
                weight);
    }

    public PolicySettings {
        if (!(serviceLevel > 0 && serviceLevel < 1)) {
            throw new IllegalArgumentException("the service level must lie strictly between 0 and 1, not " + serviceLevel);
        }
        if (!(reviewWeeks >= 0)) {
            throw new IllegalArgumentException("the review period cannot be negative: " + reviewWeeks);
        }
        if (period == null) {
            throw new IllegalArgumentException("a policy needs the length of its buckets");
        }
        if (noDemandStock < 0) {
            throw new IllegalArgumentException("the stock for a part without demand cannot be negative: " + noDemandStock);
        }
        if (!(poolWeight >= 0)) {
            throw new IllegalArgumentException("the weight of the family's sizes cannot be negative: " + poolWeight);
        }
    }

    public PolicySettings choosing(MethodChoice choice) {
        return new PolicySettings(serviceLevel, reviewWeeks, reviewUndershoot, forecaster.choosing(choice), period, bootstrap,
                noDemandStock, poolWeight);
    }
}
