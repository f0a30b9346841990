package fr.sav.inventory.stock;

import java.util.List;
import java.util.function.UnaryOperator;

/** The default condition preference, for unit tests in other packages. */
public final class ConditionPreferenceFixture {

    private ConditionPreferenceFixture() {
    }

    /** Ranks usable stock as {@link Warehouse#rank} does with the default preference. */
    public static UnaryOperator<List<Available>> defaults() {
        return new ConditionPreference("RECONDITIONED,REPAIRED,USED,NEW")::rank;
    }
}
