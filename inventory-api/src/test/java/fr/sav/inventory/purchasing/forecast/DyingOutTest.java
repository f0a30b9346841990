package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DyingOutTest {

    /** Demands in weeks 1, 3 and 5: mean interval (4 + 1) / 3 = 1.67, so more than 3 × 1.67 = 5 silent weeks. */
    @ParameterizedTest(name = "{0}: dying out {1}")
    @CsvSource(delimiter = ';', textBlock = """
            1 0 1 0 1 0 0 0 0 0 0       ; true
            1 0 1 0 1 0 0 0 0 0         ; false
            0 0 0 0 0 0 0 0 0 4 0 4 0 0 ; false
            4 4 0 0 0 0 0 0 0 0 0 0 0 0 ; true
            0 0 3 0 0 0 0 0 0 0 0 0 0 0 ; false
            0 0 0 0 0 0 0               ; false
            """)
    void demandIsDyingOutAfterMoreThanThreeMeanIntervalsWithoutDemand(String history, boolean dying) {
        assertEquals(dying, DyingOut.DEFAULT.test(DemandProfile.of(Histories.weeks(history))));
    }
}
