package fr.sav.inventory.stock;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConditionPreferenceTest {

    @Test
    void theDefaultPutsReconditionedAndRepairedFirst() {
        assertEquals(List.of(Condition.RECONDITIONED, Condition.REPAIRED, Condition.USED, Condition.NEW),
                ConditionPreference.parse("RECONDITIONED,REPAIRED,USED,NEW"));
    }

    @Test
    void aPartialSettingKeepsTheOtherUsableConditionsAfterIt() {
        assertEquals(List.of(Condition.NEW, Condition.REPAIRED, Condition.RECONDITIONED, Condition.USED),
                ConditionPreference.parse(" new , repaired"));
    }

    @Test
    void defectiveStockCannotBePreferred() {
        assertThrows(IllegalArgumentException.class, () -> ConditionPreference.parse("DEFECTIVE,NEW"));
    }
}
