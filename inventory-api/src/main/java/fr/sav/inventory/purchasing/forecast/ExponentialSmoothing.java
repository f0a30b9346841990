package fr.sav.inventory.purchasing.forecast;

/** Simple exponential smoothing, its level started at the mean of the history: level += α (demand − level). */
final class ExponentialSmoothing {

    private ExponentialSmoothing() {
    }

    static Forecast forecast(WeeklyDemand demand, DemandProfile profile, double alpha) {
        double level = (double) profile.totalPieces() / profile.weeks();
        OneStepErrors errors = new OneStepErrors();
        for (int week = 0; week < demand.weeks(); week++) {
            int pieces = demand.at(week);
            errors.add(pieces, level);
            level += alpha * (pieces - level);
        }
        return errors.forecast(Method.SES, level);
    }
}
