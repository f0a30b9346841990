package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PooledSizesTest {

    /** Two parts of a family: sizes 1, 1 and 1, 16 → four sizes, P(1) = 3/4, P(16) = 1/4. */
    private static final PooledSizes FAMILY = new PooledSizes()
            .add(Histories.weeks("1 0 0 1"))
            .add(new int[] {0, 1, 16, 0});

    @Test
    void thePoolCountsEveryNonZeroBucketOfItsParts() {
        assertEquals(4, FAMILY.observed());
        double[] shares = FAMILY.distribution();
        assertEquals(17, shares.length);
        assertEquals(0.75, shares[1], 1e-12);
        assertEquals(0.25, shares[16], 1e-12);
        assertNull(new PooledSizes().add(Histories.weeks("0 0 0")).distribution());
    }

    @Test
    void aPartsSizesAreShrunkTowardThePoolAsIfKMoreSizesHadComeFromIt() {
        // own sizes 1 and 2 half and half from n = 2 sizes, weight k = 2: own share 2 / 4 = 0.5;
        // P(1) = 0.5 × 0.5 + 0.5 × 0.75 = 0.625, P(2) = 0.5 × 0.5 = 0.25, P(16) = 0.5 × 0.25 = 0.125.
        double[] mixed = FAMILY.mix(new double[] {0, 0.5, 0.5, 0}, 2, 2);

        assertEquals(0.625, mixed[1], 1e-12);
        assertEquals(0.25, mixed[2], 1e-12);
        assertEquals(0.125, mixed[16], 1e-12);
        assertEquals(1, java.util.Arrays.stream(mixed).sum(), 1e-12);
        // 14 own sizes against the same weight 2: own share 14 / 16, P(16) = 2/16 × 0.25 = 0.03125.
        assertEquals(0.03125, FAMILY.mix(new double[] {0, 0.5, 0.5, 0}, 14, 2)[16], 1e-12);
    }

    @Test
    void aMistypedMillionIsNobodysPriorAndItsPartIsPlannedWithTheFittedModel() {
        PooledSizes family = new PooledSizes().add(Histories.weeks("1 0 1000000 2")).add(Histories.weeks("1 1000"));

        assertEquals(4, family.observed());
        assertEquals(1001, family.distribution().length);
        assertFalse(BootstrapLeadTimeDemand.fits(Histories.weeks("1 0 1000000 2")));
        assertTrue(BootstrapLeadTimeDemand.fits(Histories.weeks("1 1000")));
    }

    @Test
    void withoutWeightOrWithoutPooledSizesThePartKeepsItsOwn() {
        double[] own = {0, 1, 0};

        assertSame(own, FAMILY.mix(own, 3, 0));
        assertSame(own, new PooledSizes().mix(own, 3, 32));
        assertArrayEquals(new double[] {0, 1, 0}, own);
    }

    @Test
    void theSimulatorPoolsEachFamilyFromTheWarmUpOnly() {
        // warm-up 3 buckets: LMP-1's lump of 16 in bucket 4 is not known yet, LMP-2 (listed in bucket 2) shows a 12
        // in bucket 3; SLO-1 is a family of its own.
        List<Series> series = List.of(
                new Series("LMP-1", Histories.weeks("1 0 2 16")),
                new Series("LMP-2", Histories.weeks("12 1"), 2),
                new Series("SLO-1", Histories.weeks("1 1 1 1")));

        SizePools byFamily = SizePools.of(series, 3, false);
        SizePools all = SizePools.of(series, 3, true);

        assertEquals(3, byFamily.of("LMP-9").observed());
        assertEquals(13, byFamily.of("LMP-1").distribution().length, "sizes up to 12 only: the 16 came after");
        assertEquals(1.0 / 3, byFamily.of("LMP-1").distribution()[12], 1e-12);
        assertEquals(3, byFamily.of("SLO-1").observed());
        assertNull(byFamily.of("FST-1"));
        assertEquals(6, all.of("FST-1").observed());
    }
}
