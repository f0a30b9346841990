package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SetLevelsTest {

    private static final ReorderPolicy POLICY = new ReorderPolicy(new PolicySettings(0.95, 4, false, Forecaster.DEFAULT));
    /** Ten a week: forecast levels R 21, S 61 at 14 days (see ReorderPolicyTest). */
    private static final ReorderLevels STEADY = POLICY.levels(Histories.repeated(10, 20), 14);

    @Test
    void aHandSetPolicyReplacesTheForecastsLevelsAndWords() {
        SetLevels hand = new SetLevels(LevelsFrom.HAND_SET, 2, 6, "Hand-set policy: 2 and 6.");

        ReorderSuggestion suggestion = POLICY.suggest("P", STEADY, hand, new SupplyPosition(1, 0, 0, 0, 1, 0), List.of())
                .orElseThrow();

        assertEquals(List.of(2, 6, 5), List.of(suggestion.reorderPoint(), suggestion.orderUpTo(), suggestion.suggestedQuantity()));
        assertEquals(LevelsFrom.HAND_SET, suggestion.levelsFrom());
        assertTrue(suggestion.explanation().startsWith("Hand-set policy: 2 and 6. Position 1 usable"), suggestion.explanation());
        assertFalse(suggestion.explanation().contains("Method"), "the forecast is not what set the levels");
    }

    @Test
    void aPoolFloorFollowsTheForecastsWordsAndRaisesItsLevels() {
        SetLevels pool = new SetLevels(LevelsFrom.EXCHANGE_POOL, 70, 70, "Exchange pool: 70.");

        ReorderSuggestion suggestion = POLICY.suggest("P", STEADY, pool, new SupplyPosition(30, 0, 0, 0, 1, 0), List.of())
                .orElseThrow();

        assertEquals(List.of(70, 70, 40), List.of(suggestion.reorderPoint(), suggestion.orderUpTo(), suggestion.suggestedQuantity()));
        assertTrue(suggestion.explanation().contains("Order-up-to 21 + 10 × 4 weeks review = 61, rounded up: 61. "
                + "Exchange pool: 70. Position 30 usable"), suggestion.explanation());
    }

    @Test
    void levelsOutOfOrderAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SetLevels(LevelsFrom.HAND_SET, 5, 4, "x"));
        assertThrows(IllegalArgumentException.class, () -> new SetLevels(LevelsFrom.FORECAST, 1, 2, "x"));
    }
}
