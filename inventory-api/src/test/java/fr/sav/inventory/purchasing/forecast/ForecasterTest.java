package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForecasterTest {

    private static final String SMOOTH = "4 5 4 5 4 5 4 5 4 5 4 5 4 5";
    private static final String ERRATIC = "1 9 1 9 1 9 1 9 1 9 1 9 1 9";
    private static final String INTERMITTENT = "0 2 0 0 3 0 2 0 0 2 0 3 0 0 2 0";
    private static final String LUMPY = "0 1 0 0 9 0 1 0 0 8 0 1 0 0 9 0";
    private static final String DYING = "2 0 2 0 2 0 2 0 0 0 0 0 0 0 0 0";
    private static final String SHORT = "0 4 0 0 5 0";

    @ParameterizedTest(name = "{0} with {1} → {2}")
    @CsvSource(textBlock = """
            SMOOTH,       AUTO,    SES
            ERRATIC,      AUTO,    SES
            INTERMITTENT, AUTO,    SBA
            LUMPY,        AUTO,    SBA
            DYING,        AUTO,    TSB
            SHORT,        AUTO,    PRIOR
            INTERMITTENT, SES,     SES
            SMOOTH,       CROSTON, CROSTON
            SMOOTH,       TSB,     TSB
            DYING,        SBA,     SBA
            SHORT,        SES,     PRIOR
            """)
    void theMethodFollowsTheClassTheDyingOutTestAndTheHistoryLength(String history, MethodChoice choice,
                                                                   Method expected) {
        Forecaster forecaster = Forecaster.DEFAULT.choosing(choice);

        DemandForecast forecast = forecaster.forecast(Histories.weeks(sample(history)));

        assertEquals(expected, forecast.method());
        assertEquals(expected, forecaster.choose(forecast.profile()));
    }

    @Test
    void theForecastCarriesWhatLedToItsMethod() {
        DemandForecast forecast = Forecaster.DEFAULT.forecast(Histories.weeks(DYING));

        assertEquals(DemandClass.INTERMITTENT, forecast.demandClass());
        assertTrue(forecast.dyingOut());
        assertEquals(Method.TSB.forecast(Histories.weeks(DYING), Smoothing.DEFAULT), forecast.forecast());
    }

    @Test
    void aLivelyIntermittentPartIsNotDyingOut() {
        DemandForecast forecast = Forecaster.DEFAULT.forecast(Histories.weeks(INTERMITTENT));

        assertEquals(DemandClass.INTERMITTENT, forecast.demandClass());
        assertFalse(forecast.dyingOut());
    }

    private static String sample(String name) {
        return switch (name) {
            case "SMOOTH" -> SMOOTH;
            case "ERRATIC" -> ERRATIC;
            case "INTERMITTENT" -> INTERMITTENT;
            case "LUMPY" -> LUMPY;
            case "DYING" -> DYING;
            default -> SHORT;
        };
    }
}
