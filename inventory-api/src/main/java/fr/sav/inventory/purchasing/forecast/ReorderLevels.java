package fr.sav.inventory.purchasing.forecast;

/**
 * A part's reorder point and order-up-to level. Lead time L = days / 7 weeks (days / 30 months for monthly buckets); lead-time demand = forecast × L
 * with error = one-week error × √L; the reorder point R covers lead-time demand plus the review undershoot at
 * the service level ({@link LeadTimeModel}); safety stock = R − lead-time demand; order-up-to S =
 * R + ⌈forecast × review weeks⌉. For intermittent and lumpy parts whose demand is not dying out (when the
 * settings say so and the history is given) R comes instead from Willemain's bootstrap of lead-time demand plus undershoot ({@link
 * BootstrapLeadTimeDemand}). A part that never had demand gets R = S = the settings' stock for a part without
 * demand (0 by default); a part whose demand is dying out gets no undershoot allowance, which would otherwise keep
 * buying for the next lump of a dead part.
 */
public record ReorderLevels(DemandForecast forecast, int leadTimeDays, double leadTimeWeeks, double leadTimeDemand,
                            double leadTimeError, Undershoot undershoot, LeadTimeModel model, Bootstrap bootstrap,
                            double safetyStock, int reorderPoint, int orderUpTo) {

    /**
     * How the bootstrap set the reorder point: from how many observed sizes, with which demand probability per
     * week and at which raised service level, and how many sizes of the family's pool were mixed in with which
     * share k / (n + k) (0 and 0 without a pool); null when a fitted distribution did.
     */
    public record Bootstrap(int sizes, double probability, double level, long pooled, double poolShare) {
    }

    /** The levels from the forecast alone: always a fitted distribution, never the bootstrap. */
    public static ReorderLevels of(DemandForecast forecast, int leadTimeDays, PolicySettings settings) {
        return of(null, forecast, leadTimeDays, settings);
    }

    /** The levels for a history and its forecast, the part's own sizes only. */
    public static ReorderLevels of(WeeklyDemand history, DemandForecast forecast, int leadTimeDays, PolicySettings settings) {
        return of(history, forecast, leadTimeDays, settings, null);
    }

    /**
     * The levels for a history and its forecast, the bootstrap's sizes mixed with the part's family's pooled sizes
     * at the settings' pool weight ({@code pool} null: the part's own sizes only).
     */
    public static ReorderLevels of(WeeklyDemand history, DemandForecast forecast, int leadTimeDays, PolicySettings settings,
                                   PooledSizes pool) {
        if (leadTimeDays < 0) {
            throw new IllegalArgumentException("a lead time cannot be negative: " + leadTimeDays + " days");
        }
        double weeks = (double) leadTimeDays / settings.period().days();
        double perWeek = forecast.perWeek();
        double demand = perWeek * weeks;
        double error = forecast.forecast().errorPerWeek() * Math.sqrt(weeks);
        boolean undershootCovered = settings.reviewUndershoot() && !forecast.dyingOut();
        Undershoot undershoot = undershootCovered ? Undershoot.of(forecast.profile()) : Undershoot.NONE;
        double mean = demand + undershoot.mean();
        double variance = error * error + undershoot.variance();
        LeadTimeModel model = LeadTimeModel.fitting(mean, variance);
        Bootstrap bootstrap = null;
        int reorderPoint;
        if (perWeek > 0 && history != null && settings.bootstrap() && forecast.demandClass().intermittent()
                && !forecast.dyingOut() && BootstrapLeadTimeDemand.fits(history)) {
            int observed = forecast.profile().demandWeeks();
            double[] own = BootstrapLeadTimeDemand.jitteredSizes(history);
            double[] sizes = pool == null ? own : pool.mix(own, observed, settings.poolWeight());
            boolean mixed = sizes != own;
            double probability = BootstrapLeadTimeDemand.probability(sizes, perWeek);
            double level = BootstrapLeadTimeDemand.level(settings.serviceLevel(), forecast.profile().demandWeeks());
            reorderPoint = BootstrapLeadTimeDemand.reorderPoint(sizes, probability, weeks, undershootCovered, level);
            bootstrap = new Bootstrap(observed, probability, level, mixed ? pool.observed() : 0,
                    mixed ? settings.poolWeight() / (observed + settings.poolWeight()) : 0);
        } else {
            reorderPoint = perWeek > 0 ? model.reorderPoint(mean, variance, settings.serviceLevel()) : 0;
        }
        int orderUpTo = perWeek > 0 ? reorderPoint + Pieces.up(perWeek * settings.reviewWeeks()) : 0;
        if (perWeek == 0 && forecast.profile().demandWeeks() == 0) {
            reorderPoint = settings.noDemandStock();
            orderUpTo = settings.noDemandStock();
        }
        return new ReorderLevels(forecast, leadTimeDays, weeks, demand, error, undershoot, model, bootstrap,
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
