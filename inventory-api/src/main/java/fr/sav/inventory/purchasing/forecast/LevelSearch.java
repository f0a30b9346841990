package fr.sav.inventory.purchasing.forecast;

import java.util.function.DoubleFunction;

/**
 * The lowest target service level, found by bisection between 0.5 and 0.9995, at which a rule reaches a fill rate,
 * and what the rule achieved there: how much stock one method for every part needs for AUTO's fill rate.
 */
record LevelSearch(double level, Tally tally) {

    static final double LOW = 0.5;
    static final double HIGH = 0.9995;
    static final int STEPS = 12;

    /** Null when even the highest level falls short of the fill rate. */
    static LevelSearch run(DoubleFunction<Tally> rule, double fillRate) {
        Tally best = rule.apply(HIGH);
        if (best.fillRate() < fillRate) {
            return null;
        }
        double low = LOW;
        double high = HIGH;
        for (int step = 0; step < STEPS; step++) {
            double middle = (low + high) / 2;
            Tally tally = rule.apply(middle);
            if (tally.fillRate() >= fillRate) {
                high = middle;
                best = tally;
            } else {
                low = middle;
            }
        }
        return new LevelSearch(high, best);
    }
}
