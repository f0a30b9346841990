package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PriorTest {

    @ParameterizedTest(name = "{0} weeks with {1} demand weeks: prior {2}")
    @CsvSource(textBlock = """
            12,  3, true
            13,  2, false
            13,  1, true
            52,  1, true
            52,  0, true
            104, 2, false
            """)
    void thePriorTakesOverBelow13WeeksOr2WeeksWithDemand(int weeks, int demandWeeks, boolean applies) {
        int[] history = new int[weeks];
        for (int week = 0; week < demandWeeks; week++) {
            history[weeks - 1 - 2 * week] = 1;
        }

        assertEquals(applies, Prior.DEFAULT.applies(DemandProfile.of(WeeklyDemand.of(history))));
    }

    /** One demand of 5 in 8 weeks: 5 / max(8, 26) = 0.1923 a week, spread √(25 / 26) = 0.9806. */
    @ParameterizedTest(name = "{0}: {1} a week, spread {2}")
    @CsvSource(delimiter = ';', textBlock = """
            0 0 5 0 0 0 0 0                                                                                       ; 0.1923 ; 0.9806
            0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 4                       ; 0.1    ; 0.6325
            0 0 0                                                                                                 ; 0      ; 0
            """)
    void thePriorSpreadsTheTotalOverAtLeast26Weeks(String history, double perWeek, double spread) {
        WeeklyDemand demand = Histories.weeks(history);

        Forecast result = Method.PRIOR.forecast(demand, DemandProfile.of(demand), Smoothing.DEFAULT, Prior.DEFAULT);

        assertEquals(Method.PRIOR, result.method());
        assertEquals(perWeek, result.perWeek(), 1e-4);
        assertEquals(spread, result.errorPerWeek(), 1e-4);
    }
}
