package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DemandProfileTest {

    @ParameterizedTest(name = "{0}: ADI {2}, CV² {3}")
    @CsvSource(delimiter = ';', textBlock = """
            # history          ; demand weeks ; ADI    ; CV²    ; mean interval ; weeks since last demand
            0 3 0 0 5 1 0 0    ; 3            ; 2.6667 ; 0.2963 ; 2             ; 2
            2 2 2 2            ; 4            ; 1      ; 0      ; 1             ; 0
            1 7 1 7            ; 4            ; 1      ; 0.5625 ; 1             ; 0
            1 0 3 0            ; 2            ; 2      ; 0.25   ; 1.5           ; 1
            0 0 0 6            ; 1            ; 4      ; 0      ; 4             ; 0
            """)
    void adiIsWeeksOverDemandWeeksAndCv2IsTheSizesVarianceOverTheirMeanSquared(String history, int demandWeeks,
                                                                              double adi, double cv2,
                                                                              double meanInterval, int since) {
        DemandProfile profile = DemandProfile.of(Histories.weeks(history));

        assertEquals(demandWeeks, profile.demandWeeks());
        assertEquals(adi, profile.adi(), 1e-4);
        assertEquals(cv2, profile.cv2(), 1e-4);
        assertEquals(meanInterval, profile.meanInterval(), 1e-9);
        assertEquals(since, profile.weeksSinceLastDemand());
    }

    @Test
    void aHistoryWithoutDemandHasAnInfiniteAdiAndNoSpread() {
        DemandProfile profile = DemandProfile.of(Histories.weeks("0 0 0"));

        assertEquals(Double.POSITIVE_INFINITY, profile.adi());
        assertEquals(0, profile.cv2());
        assertEquals(3, profile.weeksSinceLastDemand());
    }

    @Test
    void aNegativeWeekCannotBeRecorded() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> WeeklyDemand.of(1, -2));

        assertEquals("week 1 has a negative demand of -2", refused.getMessage());
    }

    @Test
    void theFirstWeeksAreWhatWasKnownThen() {
        WeeklyDemand history = Histories.weeks("1 2 3 4");

        assertEquals(Histories.weeks("1 2"), history.first(2));
        assertThrows(IndexOutOfBoundsException.class, () -> history.first(2).at(2));
    }
}
