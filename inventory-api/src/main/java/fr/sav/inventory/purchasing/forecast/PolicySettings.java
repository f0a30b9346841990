package fr.sav.inventory.purchasing.forecast;

/**
 * The reorder policy's settings: target cycle service level, review period (weeks of forecast added above
 * the reorder point to make the order-up-to level), whether to cover the weekly-review undershoot, and
 * the forecaster.
 */
public record PolicySettings(double serviceLevel, double reviewWeeks, boolean reviewUndershoot, Forecaster forecaster) {

    /** Service level 0.95, review period 4 weeks, undershoot covered, default forecaster (AUTO). */
    public static final PolicySettings DEFAULT = new PolicySettings(0.95, 4, true, Forecaster.DEFAULT);

    public PolicySettings {
        if (!(serviceLevel > 0 && serviceLevel < 1)) {
            throw new IllegalArgumentException("the service level must lie strictly between 0 and 1, not " + serviceLevel);
        }
        if (!(reviewWeeks >= 0)) {
            throw new IllegalArgumentException("the review period cannot be negative: " + reviewWeeks);
        }
    }

    public PolicySettings choosing(MethodChoice choice) {
        return new PolicySettings(serviceLevel, reviewWeeks, reviewUndershoot, forecaster.choosing(choice));
    }
}
