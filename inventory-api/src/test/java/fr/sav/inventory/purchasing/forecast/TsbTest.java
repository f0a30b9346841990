package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TsbTest {

    /**
     * 3 0 0 5 with α 0.2, β 0.5: probability starts at 2/4 = 0.5, size at 4. Week 1 (3): probability 0.75, size
     * 3.8. Weeks 2 and 3 (0): 0.375, 0.1875. Week 4 (5): probability 0.59375, size 4.04. Forecast 0.59375 ×
     * 4.04 = 2.39875; errors 1, −2.85, −1.425, 4.2875.
     */
    @ParameterizedTest(name = "{0} with α {1}, β {2}: forecast {3}, RMSE {4}")
    @CsvSource(delimiter = ';', textBlock = """
            3 0 0 5     ; 0.2 ; 0.5 ; 2.39875 ; 2.7173
            2 2 2 2     ; 0.1 ; 0.1 ; 2       ; 0
            4 0 0 0     ; 0.5 ; 0.5 ; 0.3125  ; 2.0738
            """)
    void tsbSmoothsTheDemandProbabilityEveryWeek(String history, double alpha, double beta, double forecast,
                                                 double rmse) {
        Forecast result = Method.TSB.forecast(Histories.weeks(history), new Smoothing(0.1, 0.1, alpha, beta));

        assertEquals(Method.TSB, result.method());
        assertEquals(forecast, result.perWeek(), 1e-4);
        assertEquals(rmse, result.errorPerWeek(), 1e-4);
    }

    @Test
    void tsbDecaysWhileNoDemandComesWhereCrostonStays() {
        WeeklyDemand active = Histories.weeks("2 0 2 0 2 0 2");
        WeeklyDemand silent = Histories.weeks("2 0 2 0 2 0 2 0 0 0 0 0 0 0 0 0");

        double tsbDrop = Method.TSB.forecast(silent, Smoothing.DEFAULT).perWeek()
                / Method.TSB.forecast(active, Smoothing.DEFAULT).perWeek();
        double crostonDrop = Method.CROSTON.forecast(silent, Smoothing.DEFAULT).perWeek()
                / Method.CROSTON.forecast(active, Smoothing.DEFAULT).perWeek();

        assertTrue(tsbDrop < 0.5, "TSB kept " + tsbDrop);
        assertTrue(crostonDrop > 0.5, "Croston kept " + crostonDrop);
    }
}
