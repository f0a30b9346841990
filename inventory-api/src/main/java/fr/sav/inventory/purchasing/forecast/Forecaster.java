package fr.sav.inventory.purchasing.forecast;

/**
 * Chooses the forecasting method for a history and forecasts with it: the prior when the history is too
 * short, otherwise what {@code choice} picks from the demand class and the dying-out test.
 */
public record Forecaster(Smoothing smoothing, Prior prior, DyingOut dyingOut, MethodChoice choice) {

    public static final Forecaster DEFAULT = new Forecaster(Smoothing.DEFAULT, Prior.DEFAULT, DyingOut.DEFAULT,
            MethodChoice.AUTO);

    /** The same forecaster with another prior for short histories (the prior of monthly buckets, say). */
    public Forecaster withPrior(Prior other) {
        return new Forecaster(smoothing, other, dyingOut, choice);
    }

    public Forecaster choosing(MethodChoice other) {
        return new Forecaster(smoothing, prior, dyingOut, other);
    }

    public Method choose(DemandProfile profile) {
        return choose(profile, profile.demandClass(), dyingOut.test(profile));
    }

    public DemandForecast forecast(WeeklyDemand demand) {
        DemandProfile profile = DemandProfile.of(demand);
        DemandClass demandClass = profile.demandClass();
        boolean dying = dyingOut.test(profile);
        Method method = choose(profile, demandClass, dying);
        return new DemandForecast(profile, demandClass, dying, method.forecast(demand, profile, smoothing, prior));
    }

    private Method choose(DemandProfile profile, DemandClass demandClass, boolean dying) {
        return prior.applies(profile) ? Method.PRIOR : choice.pick(demandClass, dying);
    }

    String describe(DemandForecast forecast) {
        return forecast.method().describe(smoothing, prior, forecast.profile());
    }
}
