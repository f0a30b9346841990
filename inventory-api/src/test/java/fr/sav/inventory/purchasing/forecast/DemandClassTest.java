package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DemandClassTest {

    @ParameterizedTest(name = "ADI {0}, CV² {1} → {2}")
    @CsvSource(textBlock = """
            1.0,    0.0,    SMOOTH
            1.31,   0.48,   SMOOTH
            1.3199, 0.4899, SMOOTH
            1.31,   0.49,   ERRATIC
            1.0,    2.5,    ERRATIC
            1.32,   0.48,   INTERMITTENT
            8.0,    0.0,    INTERMITTENT
            1.32,   0.49,   LUMPY
            1.33,   0.50,   LUMPY
            """)
    void theCutOffsAreAnAdiOf132AndACv2Of049(double adi, double cv2, DemandClass expected) {
        assertEquals(expected, DemandClass.of(adi, cv2));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', textBlock = """
            4 5 4 5 ; SMOOTH
            1 7 1 7 ; ERRATIC
            1 0 3 0 ; INTERMITTENT
            1 0 7 0 ; LUMPY
            """)
    void aHistoryIsClassifiedByItsProfile(String history, DemandClass expected) {
        assertEquals(expected, DemandProfile.of(Histories.weeks(history)).demandClass());
    }
}
