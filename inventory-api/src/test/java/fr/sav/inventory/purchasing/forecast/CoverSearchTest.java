package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CoverSearchTest {

    /** A made-up baseline: cover c fills 80 + 2c % of 100 pieces and holds 10c pieces. */
    private static Tally baseline(int cover) {
        return new Tally(1, 100, Math.min(100, 80 + 2 * cover), 1, 0, 10.0 * cover, 1);
    }

    @Test
    void theSearchFindsTheFirstCoverReachingTheFillRateAndTheFirstHoldingTheStock() {
        Tally auto = new Tally(1, 100, 95, 1, 0, 42, 1);

        CoverSearch search = CoverSearch.run(CoverSearchTest::baseline, auto, 100);

        assertEquals(8, search.sameFill().cover());
        assertEquals(80, search.sameFill().tally().averageStock(), 1e-12);
        assertEquals(5, search.sameStock().cover());
        assertEquals(0.90, search.sameStock().tally().fillRate(), 1e-12);
    }

    @Test
    void aFillRateOutOfReachIsReportedAsNotFound() {
        Tally auto = new Tally(1, 100, 100, 1, 0, 1000, 1);

        CoverSearch search = CoverSearch.run(cover -> new Tally(1, 100, 90, 1, 0, cover, 1), auto, 20);

        assertNull(search.sameFill());
        assertNull(search.sameStock());
    }
}
