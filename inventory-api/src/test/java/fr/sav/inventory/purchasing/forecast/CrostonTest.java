package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrostonTest {

    /**
     * 0 0 4 0 2 0 with α 0.2: size starts at (4 + 2) / 2 = 3, interval at (4 + 1) / 2 = 2.5. Week 3 (4 after
     * 3 weeks): size 3.2, interval 2.6. Week 5 (2 after 2 weeks): size 2.96, interval 2.48. Croston 2.96 / 2.48
     * = 1.1935; SBA × (1 − 0.2/2) = 1.0742.
     */
    @ParameterizedTest(name = "{0} {1} with α {2}: forecast {3}, RMSE {4}")
    @CsvSource(delimiter = ';', textBlock = """
            CROSTON ; 0 0 4 0 2 0     ; 0.2 ; 1.1935 ; 1.5412
            SBA     ; 0 0 4 0 2 0     ; 0.2 ; 1.0742 ; 1.5295
            CROSTON ; 3 3 3 3         ; 0.1 ; 3      ; 0
            SBA     ; 3 3 3 3         ; 0.1 ; 2.85   ; 0.15
            CROSTON ; 0 2 0 2 0 2     ; 0.5 ; 1      ; 1
            SBA     ; 0 2 0 2 0 2     ; 0.5 ; 0.75   ; 1.0308
            """)
    void crostonDividesTheSmoothedSizeByTheSmoothedInterval(Method method, String history, double alpha,
                                                            double forecast, double rmse) {
        Forecast result = method.forecast(Histories.weeks(history), new Smoothing(0.1, alpha, 0.1, 0.1));

        assertEquals(method, result.method());
        assertEquals(forecast, result.perWeek(), 1e-4);
        assertEquals(rmse, result.errorPerWeek(), 1e-4);
    }

    @Test
    void crostonDoesNotMoveInWeeksWithoutDemand() {
        Forecast before = Method.CROSTON.forecast(Histories.weeks("0 5 0 0 5"), Smoothing.DEFAULT);
        Forecast after = Method.CROSTON.forecast(Histories.weeks("0 5 0 0 5 0 0 0 0 0 0 0"), Smoothing.DEFAULT);

        assertEquals(before.perWeek(), after.perWeek(), 1e-12);
    }

    @Test
    void sbaIsBelowCrostonByHalfTheSmoothingConstant() {
        WeeklyDemand history = Histories.weeks("0 0 7 0 0 0 2 0 5 0 0 1");
        Smoothing smoothing = new Smoothing(0.1, 0.3, 0.1, 0.1);

        double croston = Method.CROSTON.forecast(history, smoothing).perWeek();
        double sba = Method.SBA.forecast(history, smoothing).perWeek();

        assertTrue(sba < croston);
        assertEquals(0.85, sba / croston, 1e-12);
    }
}
