package fr.sav.inventory.stock;

/** The default condition preference, for unit tests in other packages. */
public final class ConditionPreferenceFixture {

    private ConditionPreferenceFixture() {
    }

    public static ConditionPreference defaults() {
        return new ConditionPreference("RECONDITIONED,REPAIRED,USED,NEW");
    }
}
