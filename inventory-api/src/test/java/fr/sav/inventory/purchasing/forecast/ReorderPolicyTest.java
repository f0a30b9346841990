package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReorderPolicyTest {

    /** Ten a week for 20 weeks: SES forecast 10, no error; 14 days: R = ⌈20 + 0 + ½⌉ = 21, S = 21 + 40 = 61. */
    private static final WeeklyDemand STEADY = Histories.repeated(10, 20);
    private static final ReorderPolicy POLICY = new ReorderPolicy(new PolicySettings(0.95, 4, false, Forecaster.DEFAULT));
    private static final SupplierOffer ACME = new SupplierOffer("ACME", new BigDecimal("3.20"), 50, 10, 10, false);

    @Test
    void aPartBelowItsReorderPointIsOrderedUpToItsLevelInTheSuppliersQuantities() {
        SupplyPosition supply = new SupplyPosition(15, 2, 0, 4, 0.5, 2);

        ReorderSuggestion suggestion = POLICY.suggest("LV-PMP-0042", STEADY, supply, 14, List.of(ACME)).orElseThrow();

        assertEquals("LV-PMP-0042", suggestion.sku());
        assertEquals(Method.SES, suggestion.method());
        assertEquals(DemandClass.SMOOTH, suggestion.classification());
        assertEquals(10, suggestion.forecastPerWeek(), 1e-12);
        assertEquals(20, suggestion.leadTimeDemand(), 1e-12);
        assertEquals(1, suggestion.safetyStock(), 1e-12);
        assertEquals(21, suggestion.reorderPoint());
        assertEquals(61, suggestion.orderUpTo());
        assertEquals(16, suggestion.position(), 1e-12);
        assertEquals(45, suggestion.neededQuantity());
        assertEquals(50, suggestion.suggestedQuantity());
        assertEquals("ACME", suggestion.supplier());
        assertEquals(new BigDecimal("3.20"), suggestion.unitPrice());
    }

    @Test
    void theExplanationGivesEveryNumberABuyerNeedsToCheckTheSuggestion() {
        SupplyPosition supply = new SupplyPosition(15, 2, 0, 4, 0.5, 2);

        String explanation = POLICY.suggest("LV-PMP-0042", STEADY, supply, 14, List.of(ACME)).orElseThrow().explanation();

        assertEquals("SMOOTH demand: ADI 1 (20 weeks / 20 weeks with demand), CV² 0 of the sizes. "
                + "Method SES (simple exponential smoothing, α 0.1): forecast 10 per week, one-step RMSE 0 per week. "
                + "Lead time 14 days = 2 weeks: lead-time demand 10 × 2 = 20, error 0 × √2 = 0. "
                + "Lead-time demand taken as normal (mean 20, σ 0): z(0.95) = 1.6449, 20 + 1.6449 × 0 + ½ = 20.5, "
                + "rounded up: reorder point 21; safety stock 21 − 20 = 1. "
                + "Order-up-to 21 + 10 × 4 weeks review = 61, rounded up: 61. "
                + "Position 15 usable − 2 reserved + 0 on order + 4 in repair × 0.5 yield + 2 cores due × 1 return rate × 0.5 yield (1) "
                + "= 16, below 21. "
                + "Needed 61 − 16 = 45, rounded up: 45 pieces; ACME sells from 50 in packs of 10: suggested 50 "
                + "(5 above the need). Supplier ACME at 3.20 per piece: the only offer (landed 3.56 per needed piece).",
                explanation);
    }

    @Test
    void aPartAtItsReorderPointIsNotSuggested() {
        Optional<ReorderSuggestion> atPoint = POLICY.suggest("P", STEADY, new SupplyPosition(21, 0, 0, 0, 1, 0), 14, List.of());
        Optional<ReorderSuggestion> below = POLICY.suggest("P", STEADY, new SupplyPosition(20, 0, 0, 0, 1, 0), 14, List.of());

        assertTrue(atPoint.isEmpty());
        assertEquals(41, below.orElseThrow().suggestedQuantity());
    }

    @Test
    void withoutAnOfferTheNeedIsSuggestedWithoutSupplierOrPrice() {
        ReorderSuggestion suggestion = POLICY.suggest("P", STEADY, new SupplyPosition(3, 0, 0, 0, 1, 0), 14, List.of())
                .orElseThrow();

        assertEquals(58, suggestion.suggestedQuantity());
        assertNull(suggestion.supplier());
        assertNull(suggestion.unitPrice());
        assertTrue(suggestion.explanation().endsWith("No supplier offer: suggested 58 without supplier or price."),
                suggestion.explanation());
    }

    @Test
    void aPartNeverAskedForIsNotBoughtUnlessReservationsWaitForIt() {
        WeeklyDemand never = Histories.weeks("0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0");

        Optional<ReorderSuggestion> idle = POLICY.suggest("P", never, new SupplyPosition(0, 0, 0, 0, 1, 0), 14, List.of());
        Optional<ReorderSuggestion> awaited = POLICY.suggest("P", never, new SupplyPosition(0, 2, 0, 0, 1, 0), 14, List.of());

        assertTrue(idle.isEmpty());
        assertEquals(0, awaited.orElseThrow().reorderPoint());
        assertEquals(2, awaited.orElseThrow().suggestedQuantity());
    }

    @Test
    void repairsAndCoresComingBackDelayThePurchase() {
        SupplyPosition empty = new SupplyPosition(0, 0, 0, 0, 1, 0);
        SupplyPosition comingBack = new SupplyPosition(0, 0, 0, 20, 0.5, 12);
        SupplyPosition enough = new SupplyPosition(0, 0, 0, 30, 0.5, 12);

        int withoutReturns = POLICY.suggest("P", STEADY, empty, 14, List.of()).orElseThrow().suggestedQuantity();
        int withReturns = POLICY.suggest("P", STEADY, comingBack, 14, List.of()).orElseThrow().suggestedQuantity();

        assertEquals(61, withoutReturns);
        assertEquals(45, withReturns);
        assertTrue(POLICY.suggest("P", STEADY, enough, 14, List.of()).isEmpty());
    }

    @Test
    void aPartWhoseDemandIsDyingOutIsNotBoughtAgainWhileItHasStock() {
        WeeklyDemand dying = Histories.weeks("0 0 12 0 0 0 1 0 0 0 0 20 0 0 1 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0");
        ReorderPolicy policy = ReorderPolicy.withDefaults();

        Optional<ReorderSuggestion> withOne = policy.suggest("P", dying, new SupplyPosition(1, 0, 0, 0, 1, 0), 14, List.of());
        ReorderSuggestion empty = policy.suggest("P", dying, new SupplyPosition(0, 0, 0, 0, 1, 0), 14, List.of())
                .orElseThrow();

        assertTrue(withOne.isEmpty());
        assertEquals(Method.TSB, empty.method());
        assertTrue(empty.explanation().contains("no demand for 21 weeks, more than 3 × the mean interval 3.75: dying out"),
                empty.explanation());
        assertTrue(empty.explanation().contains("No undershoot allowance while demand is dying out."), empty.explanation());
    }

    /**
     * The service's policy (bootstrap on). Sizes 2, 1, 3, 1, 2, 1, 1 in 26 weeks: n = 7, SBA forecast 0.3948 a week.
     * Jittered sizes (1 + int(x + Z√x)): 1 → 1, 2, 3, 4, 5 with 0.5, 0.3413, 0.1359, 0.0214, 0.0013; 2 → 1 … 8 with
     * 0.2228, 0.2772, 0.2602, 0.1611, 0.0617, 0.0146, 0.0021, 0.0002; 3 → 1 … 10 with 0.1136, 0.1577, 0.2286, 0.2181,
     * 0.1577, 0.0825, 0.0312, 0.0085, 0.0017, 0.0002. Mixed 4/7, 2/7, 1/7: P(Y = 1 … 9) = 0.3656, 0.2968, 0.1847,
     * 0.0894, 0.0409, 0.0160, 0.0051, 0.0013, 0.0002, mean 2.2195, so p = 0.3948 / 2.2195 = 0.1779 a week. Lead time
     * 2 weeks: two weeks at p; undershoot P(U = u) = P(Y &gt; u) / 2.2195 = 0.4505, 0.2858, 0.1521, 0.0689, … (mean
     * 0.99). Level raised for 7 sizes: 1 − 0.05 × 7/11 = 96.82 %. P(U + D ≤ 5) = 0.9523, P(≤ 6) = 0.9761 ≥ 0.9682:
     * quantile 6, reorder point 7 (the fitted negative binomial gave 6). Order-up-to 7 + ⌈0.3948 × 4⌉ = 9.
     */
    @Test
    void anIntermittentPartIsExplainedWithItsMethodBootstrapAndUndershoot() {
        WeeklyDemand intermittent = Histories.weeks("0 0 2 0 0 0 1 0 0 0 0 3 0 0 1 0 0 0 2 0 0 0 1 0 0 1");

        ReorderSuggestion suggestion = new ReorderPolicy(PolicySettings.DEFAULT.bootstrapped())
                .suggest("P", intermittent, new SupplyPosition(0, 0, 0, 0, 1, 0), 14, List.of()).orElseThrow();

        assertEquals(Method.SBA, suggestion.method());
        assertEquals(DemandClass.INTERMITTENT, suggestion.classification());
        assertEquals(0.3948, suggestion.forecastPerWeek(), 1e-4);
        assertTrue(suggestion.explanation().contains("Method SBA (Croston's smoothed size / smoothed interval × (1 − α/2) = 0.95"),
                suggestion.explanation());
        assertTrue(suggestion.explanation().contains("Checked weekly, the position is on average"), suggestion.explanation());
        assertTrue(suggestion.explanation().contains("bootstrapped as Willemain does from the 7 sizes seen"),
                suggestion.explanation());
        assertTrue(suggestion.explanation().contains("probability 0.1779 (forecast / mean size); service level 95 % raised"
                + " for 7 sizes to 96.82 %: quantile 6, so reorder point 7"), suggestion.explanation());
        assertEquals(7, suggestion.reorderPoint());
        assertEquals(9, suggestion.orderUpTo());
        assertEquals(6, ReorderPolicy.withDefaults().levels(intermittent, 14).reorderPoint(), "fitted, without the bootstrap");
    }

    /**
     * The same part in a family whose 20 sizes are nineteen 1s and one lump of 16, at the service's weight k = 32:
     * family share 32 / (7 + 32) = 82.05 %. P(Y = 1) = 0.1795 × 0.3656 + 0.8205 × 0.95 = 0.8451, P(2) = 0.0533,
     * P(3) = 0.0331, P(4) = 0.0161, …, P(16) = 0.8205 × 0.05 = 0.0410; mean 1.8343, p = 0.3948 / 1.8343 = 0.2152 a
     * week. The undershoot is size-biased, P(U ≥ u) ≥ 0.041 × (16 − u) / 1.8343 for u &lt; 16, so the lump sets the
     * quantile: P(U + D ≤ 14) = 0.9492, P(≤ 15) = 0.9712 ≥ 0.9682: quantile 15, reorder point 16 instead of 7.
     */
    @Test
    void aPartWithFewSizesBorrowsTheLumpsOfItsFamily() {
        WeeklyDemand intermittent = Histories.weeks("0 0 2 0 0 0 1 0 0 0 0 3 0 0 1 0 0 0 2 0 0 0 1 0 0 1");
        PooledSizes family = new PooledSizes().add(Histories.weeks("1 1 1 1 1 1 1 1 1 1 0 0 16"))
                .add(Histories.weeks("0 1 1 1 1 1 1 1 1 1"));
        ReorderPolicy policy = new ReorderPolicy(PolicySettings.DEFAULT.bootstrapped().pooled(32));

        ReorderLevels levels = policy.levels(intermittent, 14, family);
        ReorderSuggestion suggestion = policy.suggest("P", levels, null, new SupplyPosition(0, 0, 0, 0, 1, 0), List.of())
                .orElseThrow();

        assertEquals(20, levels.bootstrap().pooled());
        assertEquals(0.8205, levels.bootstrap().poolShare(), 1e-4);
        assertEquals(0.2152, levels.bootstrap().probability(), 1e-4);
        assertEquals(16, levels.reorderPoint());
        assertEquals(18, levels.orderUpTo());
        assertTrue(suggestion.explanation().contains("mixed with the 20 sizes of its family as if 32 more had been seen"
                + " (82.1 % family)"), suggestion.explanation());
        assertEquals(7, policy.levels(intermittent, 14, null).reorderPoint(), "without a pool: its own sizes");
    }
}
