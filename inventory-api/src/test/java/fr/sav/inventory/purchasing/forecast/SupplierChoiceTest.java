package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SupplierChoiceTest {

    @Test
    void aPreferredSupplierBeatsACheaperOne() {
        SupplierChoice choice = choose(7, offer("PREF", "10.00", 1, 1, 10, true), offer("CHEAP", "8.00", 1, 1, 5, false));

        assertEquals("PREF", choice.offer().supplier());
        assertEquals(7, choice.quantity());
        assertEquals("preferred supplier (landed 10.00 per needed piece, although CHEAP would land at 8.00)",
                choice.reason());
    }

    /** Need 7: BULK's 5.00 with a minimum of 20 lands at 100.00 / 7 = 14.29 a needed piece; LOCAL's 9.00 at 9.00. */
    @Test
    void theLandedCostCountsWhatAMinimumOrderMakesUsBuy() {
        SupplierChoice choice = choose(7, offer("BULK", "5.00", 20, 1, 5, false), offer("LOCAL", "9.00", 1, 1, 5, false));

        assertEquals("LOCAL", choice.offer().supplier());
        assertEquals("lowest landed cost: 9.00 per needed piece against 14.29 at BULK", choice.reason());
    }

    /** Need 7: BOXES sells packs of 10 at 4.00 (40.00 for 10), SINGLE sells ones at 5.00 (35.00 for 7). */
    @Test
    void theLandedCostCountsWholePacks() {
        SupplierChoice choice = choose(7, offer("BOXES", "4.00", 1, 10, 5, false), offer("SINGLE", "5.00", 1, 1, 5, false));

        assertEquals("SINGLE", choice.offer().supplier());
        assertEquals(7, choice.quantity());
    }

    @Test
    void onEqualLandedCostTheShorterLeadTimeWins() {
        SupplierChoice choice = choose(4, offer("SLOW", "5.00", 1, 1, 10, false), offer("FAST", "5.00", 1, 1, 5, false),
                offer("UNKNOWN", "5.00", 1, 1, null, false));

        assertEquals("FAST", choice.offer().supplier());
        assertEquals("same landed cost as SLOW (5.00 per needed piece), shorter lead time: 5 days against 10 days",
                choice.reason());
    }

    @Test
    void anUnknownLeadTimeComesLast() {
        SupplierChoice choice = choose(4, offer("UNKNOWN", "5.00", 1, 1, null, false), offer("SLOW", "5.00", 1, 1, 30, false));

        assertEquals("SLOW", choice.offer().supplier());
    }

    @Test
    void amongPreferredSuppliersTheCheaperWins() {
        SupplierChoice choice = choose(3, offer("A", "6.00", 1, 1, 5, true), offer("B", "5.50", 1, 1, 5, true),
                offer("C", "1.00", 1, 1, 5, false));

        assertEquals("B", choice.offer().supplier());
        assertTrue(choice.reason().startsWith("lowest landed cost: 5.50 per needed piece against 6.00 at A"),
                choice.reason());
    }

    @Test
    void aCompleteTieGoesToTheFirstSupplierCode() {
        SupplierChoice choice = choose(2, offer("ZED", "5.00", 1, 1, 5, false), offer("ALPHA", "5.00", 1, 1, 5, false));

        assertEquals("ALPHA", choice.offer().supplier());
        assertEquals("same landed cost and lead time as ZED; first by supplier code", choice.reason());
    }

    @Test
    void aSingleOfferIsTakenWithItsRounding() {
        SupplierChoice choice = choose(7, offer("ONLY", "2.00", 10, 4, 5, false));

        assertEquals(12, choice.quantity());
        assertEquals("the only offer (landed 3.43 per needed piece)", choice.reason());
    }

    @Test
    void withoutOffersOrWithoutNeedThereIsNoChoice() {
        assertTrue(SupplierChoice.best(List.of(), 5).isEmpty());
        assertTrue(SupplierChoice.best(List.of(offer("ONLY", "2.00", 1, 1, 5, false)), 0).isEmpty());
    }

    private static SupplierChoice choose(int needed, SupplierOffer... offers) {
        return SupplierChoice.best(List.of(offers), needed).orElseThrow();
    }

    private static SupplierOffer offer(String supplier, String price, int moq, int pack, Integer days, boolean preferred) {
        return new SupplierOffer(supplier, new BigDecimal(price), moq, pack, days, preferred);
    }
}
