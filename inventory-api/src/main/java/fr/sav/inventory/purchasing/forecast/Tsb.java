package fr.sav.inventory.purchasing.forecast;

/**
 * Teunter–Syntetos–Babai: every week probability += β (1 if demand else 0 − probability); in weeks with
 * demand size += α (demand − size). Forecast per week = probability × size, so it decays while no demand
 * comes. Probability starts at the share of weeks with demand, size at the mean size.
 */
final class Tsb {

    private Tsb() {
    }

    static Forecast forecast(WeeklyDemand demand, DemandProfile profile, double alpha, double beta) {
        double probability = (double) profile.demandWeeks() / profile.weeks();
        double size = profile.meanSize();
        OneStepErrors errors = new OneStepErrors();
        for (int week = 0; week < demand.weeks(); week++) {
            int pieces = demand.at(week);
            errors.add(pieces, probability * size);
            if (pieces > 0) {
                probability += beta * (1 - probability);
                size += alpha * (pieces - size);
            } else {
                probability -= beta * probability;
            }
        }
        return errors.forecast(Method.TSB, probability * size);
    }
}
