package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReorderLevelsTest {

    private static final PolicySettings WITHOUT_UNDERSHOOT = new PolicySettings(0.95, 4, false, Forecaster.DEFAULT);

    /**
     * 10 a week, error 3, 14 days: lead-time demand 20, error 3√2 = 4.24, normal: 20 + 1.6449 × 4.24 + ½ = 27.48
     * → 28, safety stock 8, order-up-to 28 + 10 × 4 = 68. 0.5 a week, error 1: mean 1, variance 2, a geometric
     * whose 95 % quantile is 4 → 5, safety stock 4, order-up-to 5 + 2 = 7. 0.5 a week, error 0.5, 7 days:
     * Poisson(0.5), P(≤ 2) = 0.986 → 3, order-up-to 3 + 2 = 5.
     */
    @ParameterizedTest(name = "{0} a week, error {1}, {2} days: {3}, R {4}, safety {5}, S {6}")
    @CsvSource(textBlock = """
            10,  3,   14, NORMAL,            28, 8,   68
            0.5, 1,   14, NEGATIVE_BINOMIAL, 5,  4,   7
            0.5, 0.5, 7,  POISSON,           3,  2.5, 5
            2,   1,   0,  POISSON,           1,  1,   9
            0,   0,   14, POISSON,           0,  0,   0
            """)
    void theReorderPointCoversLeadTimeDemandAtTheServiceLevel(double perWeek, double error, int days,
                                                             LeadTimeModel model, int reorderPoint,
                                                             double safetyStock, int orderUpTo) {
        ReorderLevels levels = ReorderLevels.of(forecast(perWeek, error), days, WITHOUT_UNDERSHOOT);

        assertEquals(model, levels.model());
        assertEquals(reorderPoint, levels.reorderPoint());
        assertEquals(safetyStock, levels.safetyStock(), 1e-9);
        assertEquals(orderUpTo, levels.orderUpTo());
    }

    @Test
    void theLeadTimeIsCountedInWeeksOfSevenDays() {
        ReorderLevels levels = ReorderLevels.of(forecast(3, 2), 21, WITHOUT_UNDERSHOOT);

        assertEquals(3, levels.leadTimeWeeks(), 1e-12);
        assertEquals(9, levels.leadTimeDemand(), 1e-12);
        assertEquals(2 * Math.sqrt(3), levels.leadTimeError(), 1e-12);
    }

    @Test
    void aHigherServiceLevelNeedsAHigherReorderPoint() {
        DemandForecast forecast = forecast(10, 3);

        int at90 = ReorderLevels.of(forecast, 14, new PolicySettings(0.90, 4, false, Forecaster.DEFAULT)).reorderPoint();
        int at99 = ReorderLevels.of(forecast, 14, new PolicySettings(0.99, 4, false, Forecaster.DEFAULT)).reorderPoint();

        assertEquals(26, at90);
        assertEquals(31, at99);
    }

    @Test
    void lumpySizesRaiseTheReorderPointByTheUndershoot() {
        WeeklyDemand lumpy = Histories.weeks("0 0 12 0 0 0 1 0 0 0 0 20 0 0 1 0 0 0 2 0 0 0 15 0 0 1");
        DemandForecast forecast = Forecaster.DEFAULT.forecast(lumpy);

        ReorderLevels without = ReorderLevels.of(forecast, 14, WITHOUT_UNDERSHOOT);
        ReorderLevels with = ReorderLevels.of(forecast, 14, PolicySettings.DEFAULT);

        assertTrue(with.undershoot().mean() > 5, "undershoot " + with.undershoot());
        assertTrue(with.reorderPoint() >= without.reorderPoint() + 5,
                with.reorderPoint() + " against " + without.reorderPoint());
    }

    @Test
    void demandDyingOutGetsNoUndershootAllowance() {
        WeeklyDemand dying = Histories.weeks("0 0 12 0 0 0 1 0 0 0 0 20 0 0 1 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0");
        DemandForecast forecast = Forecaster.DEFAULT.forecast(dying);

        ReorderLevels levels = ReorderLevels.of(forecast, 14, PolicySettings.DEFAULT);

        assertTrue(forecast.dyingOut());
        assertEquals(Method.TSB, forecast.method());
        assertEquals(Undershoot.NONE, levels.undershoot());
        assertEquals(1, levels.reorderPoint());
    }

    @Test
    void aNegativeLeadTimeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ReorderLevels.of(forecast(1, 1), -1, PolicySettings.DEFAULT));
    }

    private static DemandForecast forecast(double perWeek, double error) {
        DemandProfile profile = DemandProfile.of(Histories.weeks("1 1 1 1 1 1 1 1 1 1 1 1 1 1"));
        return new DemandForecast(profile, DemandClass.SMOOTH, false, new Forecast(Method.SES, perWeek, error));
    }
}
