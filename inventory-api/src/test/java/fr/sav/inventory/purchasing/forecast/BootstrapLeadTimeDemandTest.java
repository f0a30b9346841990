package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BootstrapLeadTimeDemandTest {

    /**
     * Sizes all 1 (two of them): 1 + int(1 + Z) is 1 for Z &lt; 0 (with the x kept for Z ≤ −2), 2 for Z in [0, 1),
     * 3 for [1, 2), 4 for [2, 3), 5 for [3, 4): Φ(0) = 0.5, Φ(1) − Φ(0) = 0.3413447, Φ(2) − Φ(1) = 0.1359051,
     * Φ(3) − Φ(2) = 0.0214002, Φ(4) − Φ(3) = 0.0013182.
     */
    @Test
    void aSizeOfOneIsJitteredUpToAboutFive() {
        double[] sizes = BootstrapLeadTimeDemand.jitteredSizes(Histories.weeks("1 0 1"));

        assertEquals(0, sizes[0], 1e-12);
        assertEquals(0.5, sizes[1], 1e-6);
        assertEquals(0.3413447, sizes[2], 1e-6);
        assertEquals(0.1359051, sizes[3], 1e-6);
        assertEquals(0.0214002, sizes[4], 1e-6);
        assertEquals(0.0013182, sizes[5], 1e-6);
    }

    /**
     * A size of 4, √4 = 2: kept at 4 when 4 + 2Z ≤ −1, Φ(−2.5) = 0.0062097; 1 for 4 + 2Z in (−1, 1), Φ(−1.5) −
     * Φ(−2.5) = 0.0605975; 4 for [3, 4), Φ(0) − Φ(−0.5) = 0.1914625, plus the kept 0.0062097 = 0.1976722; 5 for
     * [4, 5), Φ(0.5) − Φ(0) = 0.1914625; 10 for [9, 10), Φ(3) − Φ(2.5) = 0.0048598.
     */
    @Test
    void aLargerSizeSpreadsByItsSquareRoot() {
        double[] sizes = BootstrapLeadTimeDemand.jitteredSizes(Histories.weeks("0 4"));

        assertEquals(0.0605975, sizes[1], 1e-6);
        assertEquals(0.1976722, sizes[4], 1e-6);
        assertEquals(0.1914625, sizes[5], 1e-6);
        assertEquals(0.0048598, sizes[10], 1e-6);
    }

    @Test
    void aHistoryWithoutDemandHasNoSizes() {
        assertNull(BootstrapLeadTimeDemand.jitteredSizes(Histories.weeks("0 0 0")));
    }

    /**
     * Sizes of 1 jittered (mean 1 × 0.5 + 2 × 0.3413447 + 3 × 0.1359051 + 4 × 0.0214002 + 5 × 0.0013182 + 6 ×
     * 0.0000317 = 1.6827865), one bucket of lead time with demand probability 0.1, no undershoot: P(D = 0) = 0.9,
     * P(D ≤ 1) = 0.9 + 0.1 × 0.5 = 0.95, P(D ≤ 2) = 0.95 + 0.1 × 0.3413447 = 0.9841345. At 94 % the quantile is 1,
     * so R = 2; at 96 % it is 2, so R = 3.
     */
    @Test
    void theReorderPointIsOneMoreThanTheQuantileOfLeadTimeDemand() {
        double[] sizes = BootstrapLeadTimeDemand.jitteredSizes(Histories.weeks("1 0 1"));

        assertEquals(0.1 * 1.6827865, 0.1 * mean(sizes), 1e-6);
        assertEquals(0.1, BootstrapLeadTimeDemand.probability(sizes, 0.16827865), 1e-6);
        assertEquals(2, BootstrapLeadTimeDemand.reorderPoint(sizes, 0.1, 1, false, 0.94));
        assertEquals(3, BootstrapLeadTimeDemand.reorderPoint(sizes, 0.1, 1, false, 0.96));
    }

    /**
     * No lead time, undershoot only: P(U = u) = P(Y &gt; u) / E[Y]: 1 / 1.6827865 = 0.594252, 0.5 / 1.6827865 =
     * 0.297126, 0.1586553 / 1.6827865 = 0.094281; cumulative 0.594252, 0.891378, 0.985659. At 95 % the quantile is
     * 2, R = 3; at 89 % it is 1, R = 2.
     */
    @Test
    void theUndershootComesFromTheJitteredSizes() {
        double[] sizes = BootstrapLeadTimeDemand.jitteredSizes(Histories.weeks("1 0 1"));
        double[] undershoot = BootstrapLeadTimeDemand.undershoot(sizes, mean(sizes));

        assertEquals(0.594252, undershoot[0], 1e-5);
        assertEquals(0.297126, undershoot[1], 1e-5);
        assertEquals(0.094281, undershoot[2], 1e-5);
        assertEquals(3, BootstrapLeadTimeDemand.reorderPoint(sizes, 0.1, 0, true, 0.95));
        assertEquals(2, BootstrapLeadTimeDemand.reorderPoint(sizes, 0.1, 0, true, 0.89));
    }

    /** Half a bucket of lead time is one bucket at half the probability: P(D = 0) = 0.95, P(D ≤ 1) = 0.975. */
    @Test
    void aFractionalLeadTimeScalesTheProbability() {
        double[] sizes = BootstrapLeadTimeDemand.jitteredSizes(Histories.weeks("1 0 1"));

        assertEquals(1, BootstrapLeadTimeDemand.reorderPoint(sizes, 0.1, 0.5, false, 0.95));
        assertEquals(2, BootstrapLeadTimeDemand.reorderPoint(sizes, 0.1, 0.5, false, 0.96));
    }

    /** 1 − 0.05 × 4 / 8 = 0.975; 1 − 0.05 × 16 / 20 = 0.96; 1 − 0.05 × 396 / 400 = 0.9505. */
    @Test
    void aShortHistoryRaisesTheServiceLevel() {
        assertEquals(0.975, BootstrapLeadTimeDemand.level(0.95, 4), 1e-12);
        assertEquals(0.96, BootstrapLeadTimeDemand.level(0.95, 16), 1e-12);
        assertEquals(0.9505, BootstrapLeadTimeDemand.level(0.95, 396), 1e-12);
    }

    @Test
    void theNormalDistributionFunctionMatchesItsTable() {
        assertEquals(0.5, Normal.cdf(0), 1e-7);
        assertEquals(0.8413447, Normal.cdf(1), 1e-7);
        assertEquals(0.0227501, Normal.cdf(-2), 1e-7);
        assertEquals(0.9986501, Normal.cdf(3), 1e-7);
    }

    private static double mean(double[] sizes) {
        double mean = 0;
        for (int v = 1; v < sizes.length; v++) {
            mean += v * sizes[v];
        }
        return mean;
    }

    @Test
    void aQuantileBeyondTheFirstBoundIsFoundAndAFarTailCostsNothing() {
        // sizes 1 or 100 half and half, one bucket at p = 0.5, no undershoot: P(D = 0) = 0.5, P(1) = 0.25,
        // P(100) = 0.25, so P(D ≤ 99) = 0.75 < 0.9 ≤ P(D ≤ 100): quantile 100 (past the first bound of 64), R = 101.
        double[] lumps = new double[101];
        lumps[1] = 0.5;
        lumps[100] = 0.5;
        assertEquals(101, BootstrapLeadTimeDemand.reorderPoint(lumps, 0.5, 1, false, 0.9));
        // sizes 1 (99 %) or 300 (1 %), same bucket: P(D ≤ 1) = 0.5 + 0.5 × 0.99 = 0.995 ≥ 0.95: R = 2, the 300 never
        // computed; at 0.999 the lump is needed: R = 301.
        double[] rare = new double[301];
        rare[1] = 0.99;
        rare[300] = 0.01;
        assertEquals(2, BootstrapLeadTimeDemand.reorderPoint(rare, 0.5, 1, false, 0.95));
        assertEquals(301, BootstrapLeadTimeDemand.reorderPoint(rare, 0.5, 1, false, 0.999));
    }
}
