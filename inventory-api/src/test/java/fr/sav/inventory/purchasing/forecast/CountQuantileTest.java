package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CountQuantileTest {

    /** Poisson(1): P(≤ 0) 0.368, P(≤ 1) 0.736, P(≤ 2) 0.920, P(≤ 3) 0.981. Poisson(0.1): P(0) 0.905, P(≤ 1) 0.995. */
    @ParameterizedTest(name = "Poisson({0}) at {1}: {2}")
    @CsvSource(textBlock = """
            1,   0.95, 3
            1,   0.90, 2
            1,   0.30, 0
            0.1, 0.95, 1
            0.1, 0.90, 0
            0,   0.95, 0
            """)
    void thePoissonQuantileIsTheFirstCountWhoseCumulativeReachesTheLevel(double mean, double level, int quantile) {
        assertEquals(quantile, CountQuantile.poisson(mean, level));
    }

    /**
     * Mean 2, variance 6: p = 1/3, r = 1, a geometric with P(≤ k) = 1 − (2/3)^(k+1), which reaches 0.95 at
     * k = 7 (0.961; 0.941 at 6). Mean 1, variance 2: p = ½, P(≤ k) = 1 − ½^(k+1), 0.969 at k = 4.
     */
    @ParameterizedTest(name = "NB(mean {0}, variance {1}) at {2}: {3}")
    @CsvSource(textBlock = """
            2, 6, 0.95, 7
            2, 6, 0.94, 6
            1, 2, 0.95, 4
            1, 2, 0.45, 0
            """)
    void theNegativeBinomialQuantileFollowsTheSameRule(double mean, double variance, double level, int quantile) {
        assertEquals(quantile, CountQuantile.negativeBinomial(mean, variance, level));
    }
}
