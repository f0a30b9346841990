package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The policy on monthly buckets, with the bootstrap and the stock held for a part without demand. */
class MonthlyPolicyTest {

    private static final PolicySettings MONTHLY = new PolicySettings(0.95, 1, false,
            Forecaster.DEFAULT.withPrior(Period.MONTH.prior()), Period.MONTH, false, 0);

    /**
     * 3 a month, error 2, 30 days = 1 month: mean 3, variance 4, negative binomial p = 0.75, r = 9: P(0) = 0.75⁹ =
     * 0.075085, then × (k − 1 + 9) / k × 0.25: 0.168941, 0.211176, 0.193578, 0.145184, 0.094370, 0.055049, 0.029491;
     * cumulative up to 7 is 0.972874 ≥ 0.95 (up to 6: 0.943383), so R = 8 and S = 8 + 3 × 1 = 11.
     */
    @Test
    void thirtyDaysAreOneMonth() {
        ReorderLevels levels = ReorderLevels.of(forecast(3, 2, "1 1 1 1 1 1 1 1 1 1 1 1 1 1", DemandClass.SMOOTH), 30, MONTHLY);

        assertEquals(1, levels.leadTimeWeeks(), 1e-12);
        assertEquals(3, levels.leadTimeDemand(), 1e-12);
        assertEquals(LeadTimeModel.NEGATIVE_BINOMIAL, levels.model());
        assertEquals(8, levels.reorderPoint());
        assertEquals(11, levels.orderUpTo());
    }

    /**
     * Three months with one piece in ten, forecast 0.16827865 a month: fitted, Poisson(0.168) has P(≤ 1) = 0.9873,
     * so R = 2. Bootstrapped: jittered sizes of 1 (mean 1.6827865) give a demand probability of 0.1; the level is
     * raised for 3 sizes to 1 − 0.05 × 3 / 7 = 0.978571; P(D ≤ 1) = 0.95, P(D ≤ 2) = 0.984134, so R = 3, S = 3 + 1 = 4.
     */
    @Test
    void theBootstrapCoversTheJitteredSizesOfAnIntermittentPart() {
        WeeklyDemand history = Histories.weeks("1 0 0 0 1 0 0 0 0 1");
        DemandForecast forecast = forecast(0.16827865, 0.4, "1 0 0 0 1 0 0 0 0 1", DemandClass.INTERMITTENT);

        ReorderLevels fitted = ReorderLevels.of(history, forecast, 30, MONTHLY);
        ReorderLevels bootstrapped = ReorderLevels.of(history, forecast, 30, MONTHLY.bootstrapped());

        assertNull(fitted.bootstrap());
        assertEquals(2, fitted.reorderPoint());
        assertEquals(3, bootstrapped.reorderPoint());
        assertEquals(4, bootstrapped.orderUpTo());
        assertEquals(3, bootstrapped.bootstrap().sizes());
        assertEquals(0.1, bootstrapped.bootstrap().probability(), 1e-6);
        assertEquals(0.978571, bootstrapped.bootstrap().level(), 1e-6);
        assertEquals(3 - 0.16827865, bootstrapped.safetyStock(), 1e-9);
    }

    @Test
    void aSmoothPartKeepsItsFittedDistribution() {
        WeeklyDemand history = Histories.weeks("1 1 1 1 1 1 1 1 1 1 1 1 1 1");

        ReorderLevels levels = ReorderLevels.of(history, forecast(3, 2, "1 1 1 1 1 1 1 1 1 1 1 1 1 1", DemandClass.SMOOTH),
                30, MONTHLY.bootstrapped());

        assertNull(levels.bootstrap());
        assertEquals(8, levels.reorderPoint());
    }

    @Test
    void aPartWhoseDemandIsDyingOutKeepsItsFittedDistributionAndIsNotBoughtWithStock() {
        WeeklyDemand dying = Histories.weeks("0 0 12 0 0 0 1 0 0 0 0 20 0 0 1 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0");
        ReorderPolicy policy = new ReorderPolicy(PolicySettings.DEFAULT.bootstrapped());

        assertNull(policy.levels(dying, 14).bootstrap());
        assertTrue(policy.suggest("P", dying, new SupplyPosition(1, 0, 0, 0, 1, 0), 14, List.of()).isEmpty());
    }

    @Test
    void theExplanationSaysHowTheBootstrapSetTheReorderPoint() {
        WeeklyDemand intermittent = Histories.weeks("0 0 2 0 0 0 1 0 0 0 0 3 0 0 1 0 0 0 2 0 0 0 1 0 0 1");
        ReorderPolicy policy = new ReorderPolicy(PolicySettings.DEFAULT.bootstrapped());

        ReorderSuggestion suggestion = policy.suggest("P", intermittent, new SupplyPosition(0, 0, 0, 0, 1, 0), 14,
                List.of()).orElseThrow();
        ReorderLevels levels = policy.levels(intermittent, 14);

        assertEquals(levels.reorderPoint(), suggestion.reorderPoint());
        assertTrue(suggestion.explanation().contains("Lead-time demand + undershoot bootstrapped as Willemain does from "
                + "the 7 sizes seen, each jittered to 1 + int(x + Z√x)"), suggestion.explanation());
        assertTrue(suggestion.explanation().contains("service level 95 % raised for 7 sizes to 96.82 %: quantile "
                + (levels.reorderPoint() - 1) + ", so reorder point " + levels.reorderPoint()), suggestion.explanation());
    }

    @Test
    void aMonthlyExplanationCountsInMonths() {
        WeeklyDemand months = Histories.weeks("0 0 2 0 0 0 1 0 0 0 0 3 0 0 1 0 0 0 2 0 0 0 1 0 0 1");
        ReorderPolicy policy = new ReorderPolicy(new PolicySettings(0.95, 1, true,
                Forecaster.DEFAULT.withPrior(Period.MONTH.prior()), Period.MONTH, true, 0));

        String explanation = policy.suggest("P", months, new SupplyPosition(0, 0, 0, 0, 1, 0), 30, List.of())
                .orElseThrow().explanation();

        assertTrue(explanation.contains("ADI 3.71 (26 months / 7 months with demand)"), explanation);
        assertTrue(explanation.contains("Lead time 30 days = 1 months: lead-time demand"), explanation);
        assertTrue(explanation.contains("Checked monthly, the position is on average"), explanation);
        assertTrue(explanation.contains("demand in a month with probability"), explanation);
        assertTrue(explanation.contains(" × 1 months review = "), explanation);
        assertTrue(!explanation.contains("week"), explanation);
    }

    /** Nothing seen: with 3 pieces held for a part without demand, R = S = 3; from an empty shelf, buy 3. */
    @Test
    void aPartWithoutDemandHoldsTheStockSetForIt() {
        PolicySettings holding = new PolicySettings(0.95, 1, true, Forecaster.DEFAULT, Period.MONTH, true, 3);
        ReorderPolicy policy = new ReorderPolicy(holding);

        ReorderSuggestion empty = policy.suggest("NEW", WeeklyDemand.of(), new SupplyPosition(0, 0, 0, 0, 1, 0), 30,
                List.of()).orElseThrow();

        assertEquals(3, empty.reorderPoint());
        assertEquals(3, empty.orderUpTo());
        assertEquals(3, empty.suggestedQuantity());
        assertTrue(empty.explanation().contains("No demand ever: reorder point 3 and order-up-to 3 (the stock held for a "
                + "part without demand)."), empty.explanation());
        assertTrue(policy.suggest("NEW", Histories.weeks("0 0 0"), new SupplyPosition(3, 0, 0, 0, 1, 0), 30, List.of())
                .isEmpty());
        assertEquals(0, ReorderPolicy.withDefaults().levels(WeeklyDemand.of(), 14).orderUpTo());
    }

    private static DemandForecast forecast(double perMonth, double error, String history, DemandClass demandClass) {
        DemandProfile profile = DemandProfile.of(Histories.weeks(history));
        return new DemandForecast(profile, demandClass, false, new Forecast(Method.SBA, perMonth, error));
    }
}
