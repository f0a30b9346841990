package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LeadTimeModelTest {

    /** Skewness 1/√mean for Poisson, (2v − m)/(m√v) for the negative binomial; below 0.3 the normal stands in. */
    @ParameterizedTest(name = "mean {0}, variance {1} → {2}")
    @CsvSource(textBlock = """
            0.5,  0.4,   POISSON
            0.5,  2,     NEGATIVE_BINOMIAL
            10,   10,    POISSON
            12,   12,    NORMAL
            200,  400,   NORMAL
            20,   400,   NEGATIVE_BINOMIAL
            0,    0,     POISSON
            """)
    void skewedDemandIsCountedAndNearlySymmetricDemandIsNormal(double mean, double variance, LeadTimeModel model) {
        assertEquals(model, LeadTimeModel.fitting(mean, variance));
    }

    /**
     * Normal: 10 + 1.6449 × 2 + ½ = 13.79 → 14. Poisson(1): quantile 3 → 4. Geometric of mean 2, variance 6:
     * quantile 7 → 8. At 50 % the normal needs the mean and half a piece: 10.5 → 11.
     */
    @ParameterizedTest(name = "{0}(mean {1}, variance {2}) at {3}: reorder point {4}")
    @CsvSource(textBlock = """
            NORMAL,            10, 4, 0.95, 14
            NORMAL,            10, 4, 0.50, 11
            POISSON,           1,  1, 0.95, 4
            POISSON,           0,  0, 0.95, 1
            NEGATIVE_BINOMIAL, 2,  6, 0.95, 8
            """)
    void theReorderPointIsOneAboveTheQuantile(LeadTimeModel model, double mean, double variance, double level,
                                              int reorderPoint) {
        assertEquals(reorderPoint, model.reorderPoint(mean, variance, level));
    }
}
