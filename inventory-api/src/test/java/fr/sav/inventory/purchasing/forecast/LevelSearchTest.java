package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LevelSearchTest {

    /**
     * A rule whose fill rate is its service level, stock 100 × the level: twelve halvings of [0.5, 0.9995] end
     * within 0.4995 / 4096 = 0.000122 above 0.9, the lowest level with a fill rate of 0.9.
     */
    @Test
    void theLowestLevelReachingTheFillRateIsFoundByBisection() {
        LevelSearch found = LevelSearch.run(LevelSearchTest::rule, 0.9);

        assertTrue(found.level() >= 0.9 && found.level() <= 0.9 + 0.4995 / 4096, "level " + found.level());
        assertTrue(found.tally().fillRate() >= 0.9);
        assertEquals(100 * found.level(), found.tally().averageStock(), 0.11);
    }

    @Test
    void aFillRateBeyondTheHighestLevelIsNotFound() {
        assertNull(LevelSearch.run(LevelSearchTest::rule, 0.9999));
    }

    private static Tally rule(double level) {
        long filled = (long) Math.floor(level * 10_000);
        return new Tally(1, 10_000, filled, 10, 0, filled / 100.0, 10);
    }
}
