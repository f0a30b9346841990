package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UndershootTest {

    /**
     * Ten ones: log sizes all 0, log-variance 20 × ln 1.49 / (20 + 10) = ⅔ ln 1.49, so E[Y²]/E[Y] = e^(1.5 × ⅔ ln
     * 1.49) = 1.49 and E[Y³]/E[Y] = 1.49^(8/3) = 2.8962, above the observed 1 and 1.
     */
    @Test
    void sizesSeenOnlyAsOnesStillGetTheLognormalPriorsAllowance() {
        SizeMoments moments = SizeMoments.of(DemandProfile.of(Histories.repeated(1, 10)));

        assertEquals(1.49, moments.second(), 1e-9);
        assertEquals(2.8962, moments.third(), 1e-4);
    }

    /** Ten threes: the lognormal's 3 × 1.49 = 4.47 and 9 × 2.8962 = 26.07 beat the observed 3 and 9. */
    @Test
    void equalSizesAreGuardedByTheLognormalPrior() {
        SizeMoments moments = SizeMoments.of(DemandProfile.of(Histories.repeated(3, 10)));

        assertEquals(4.47, moments.second(), 1e-9);
        assertEquals(26.0659, moments.third(), 1e-4);
    }

    /**
     * Sizes 1 and 100: observed E[Y²]/E[Y] = 10001 / 101 = 99.02 and E[Y³]/E[Y] = 1000001 / 101 = 9901 beat the
     * lognormal's 35.49 and 2931 (log-variance (20 × 0.3988 + 10.60) / 22 = 0.8445).
     */
    @Test
    void observedLumpsBeatThePrior() {
        SizeMoments moments = SizeMoments.of(DemandProfile.of(Histories.weeks("1 0 100")));

        assertEquals(99.0198, moments.second(), 1e-4);
        assertEquals(9901, moments.third(), 1e-9);
    }

    /** Ten ones: E[U] = 1.49 / 2 − ½ = 0.245, E[U²] = 2.8962 / 3 − 0.745 + 1/6, variance 0.3270. */
    @Test
    void theAllowanceForOnesFadesAsDemandsAccumulate() {
        Undershoot afterTen = Undershoot.of(DemandProfile.of(Histories.repeated(1, 10)));
        Undershoot afterFifty = Undershoot.of(DemandProfile.of(Histories.repeated(1, 50)));

        assertEquals(0.245, afterTen.mean(), 1e-9);
        assertEquals(0.3270, afterTen.variance(), 1e-4);
        assertEquals(0.0932, afterFifty.mean(), 1e-4);
        assertTrue(afterFifty.variance() < afterTen.variance());
    }

    /** E[U] = 99.02 / 2 − ½ = 49.01; E[U²] = 9901 / 3 − 49.51 + 1/6 = 3250.99; variance 849.02. */
    @Test
    void aLumpySizeHistoryLeavesALargeUndershoot() {
        Undershoot undershoot = Undershoot.of(DemandProfile.of(Histories.weeks("1 0 100")));

        assertEquals(49.0099, undershoot.mean(), 1e-4);
        assertEquals(849.02, undershoot.variance(), 1e-2);
    }

    @Test
    void aPartWithoutDemandHasNoUndershoot() {
        assertSame(Undershoot.NONE, Undershoot.of(DemandProfile.of(Histories.weeks("0 0 0"))));
    }
}
