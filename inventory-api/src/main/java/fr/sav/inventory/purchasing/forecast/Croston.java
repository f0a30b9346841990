package fr.sav.inventory.purchasing.forecast;

/**
 * Croston's method: in weeks with demand, size += α (demand − size) and interval += α (weeks since the
 * previous demand − interval); the forecast per week is factor × size / interval (factor 1 for Croston,
 * 1 − α/2 for SBA). Size and interval start at the history's mean size and mean interval.
 */
final class Croston {

    private Croston() {
    }

    static Forecast forecast(WeeklyDemand demand, DemandProfile profile, double alpha, double factor, Method method) {
        double size = profile.meanSize();
        double interval = profile.meanInterval();
        OneStepErrors errors = new OneStepErrors();
        int sinceDemand = 0;
        for (int week = 0; week < demand.weeks(); week++) {
            int pieces = demand.at(week);
            errors.add(pieces, factor * size / interval);
            sinceDemand++;
            if (pieces > 0) {
                size += alpha * (pieces - size);
                interval += alpha * (sinceDemand - interval);
                sinceDemand = 0;
            }
        }
        return errors.forecast(method, factor * size / interval);
    }
}
