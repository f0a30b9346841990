package fr.sav.inventory.purchasing.forecast;

/** A part's forecast with what led to its method: the history's profile, class and dying-out test. */
public record DemandForecast(DemandProfile profile, DemandClass demandClass, boolean dyingOut, Forecast forecast) {

    public Method method() {
        return forecast.method();
    }

    public double perWeek() {
        return forecast.perWeek();
    }
}
