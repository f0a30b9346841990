package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SesTest {

    /**
     * 2 4 0 6 with α 0.2: the level starts at the mean 3; errors −1, 1.2, −3.04, 3.568 move it to 2.8, 3.04,
     * 2.432, 3.1456; RMSE = √((1 + 1.44 + 9.2416 + 12.730624) / 4) = 2.4704.
     */
    @ParameterizedTest(name = "{0} with α {1}: forecast {2}, RMSE {3}")
    @CsvSource(delimiter = ';', textBlock = """
            2 4 0 6 ; 0.2 ; 3.1456 ; 2.4704
            5 5 5 5 ; 0.2 ; 5      ; 0
            0 0 0 8 ; 1.0 ; 8      ; 4.1231
            4 0     ; 0.5 ; 1.5    ; 2.5495
            """)
    void sesSmoothsEveryWeekFromTheMean(String history, double alpha, double forecast, double rmse) {
        Forecast result = Method.SES.forecast(Histories.weeks(history), new Smoothing(alpha, 0.1, 0.1, 0.1));

        assertEquals(Method.SES, result.method());
        assertEquals(forecast, result.perWeek(), 1e-4);
        assertEquals(rmse, result.errorPerWeek(), 1e-4);
    }

    @Test
    void aHistoryWithoutDemandForecastsNothing() {
        Forecast result = Method.SES.forecast(Histories.weeks("0 0 0 0"), Smoothing.DEFAULT);

        assertEquals(0, result.perWeek());
        assertEquals(0, result.errorPerWeek());
    }
}
