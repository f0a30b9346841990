package fr.sav.inventory.purchasing.forecast;

/**
 * A part's reorder point and order-up-to level. Lead time L = days / 7 weeks; lead-time demand = forecast × L
 * with error = one-week error × √L; the reorder point R covers lead-time demand plus the review undershoot at
 * the service level ({@link LeadTimeModel}); safety stock = R − lead-time demand; order-up-to S =
 * R + ⌈forecast × review weeks⌉. A part that never had demand gets R = S = 0; a part whose demand is dying
 * out gets no undershoot allowance, which would otherwise keep buying for the next lump of a dead part.
 */
public record ReorderLevels(DemandForecast forecast, int leadTimeDays, double leadTimeWeeks, double leadTimeDemand,
                            double leadTimeError, Undershoot undershoot, LeadTimeModel model, double safetyStock,
                            int reorderPoint, int orderUpTo) {

    public static ReorderLevels of(DemandForecast forecast, int leadTimeDays, PolicySettings settings) {
        if (leadTimeDays < 0) {
            throw new IllegalArgumentException("a lead time cannot be negative: " + leadTimeDays + " days");
        }
        double weeks = leadTimeDays / 7.0;
        double perWeek = forecast.perWeek();
        double demand = perWeek * weeks;
        double error = forecast.forecast().errorPerWeek() * Math.sqrt(weeks);
        Undershoot undershoot = settings.reviewUndershoot() && !forecast.dyingOut()
                ? Undershoot.of(forecast.profile()) : Undershoot.NONE;
        double mean = demand + undershoot.mean();
        double variance = error * error + undershoot.variance();
        LeadTimeModel model = LeadTimeModel.fitting(mean, variance);
        int reorderPoint = perWeek > 0 ? model.reorderPoint(mean, variance, settings.serviceLevel()) : 0;
        int orderUpTo = perWeek > 0 ? reorderPoint + Pieces.up(perWeek * settings.reviewWeeks()) : 0;
        return new ReorderLevels(forecast, leadTimeDays, weeks, demand, error, undershoot, model,
                reorderPoint - demand, reorderPoint, orderUpTo);
    }

    /** Mean of the demand the reorder point covers: lead-time demand plus the mean undershoot. */
    public double coveredMean() {
        return leadTimeDemand + undershoot.mean();
    }

    /** Variance of the demand the reorder point covers: lead-time error² plus the undershoot's variance. */
    public double coveredVariance() {
        return leadTimeError * leadTimeError + undershoot.variance();
    }
}
