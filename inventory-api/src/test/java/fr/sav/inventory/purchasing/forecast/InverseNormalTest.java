package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InverseNormalTest {

    @ParameterizedTest(name = "z({0}) = {1}")
    @CsvSource(textBlock = """
            0.5,    0
            0.95,   1.6449
            0.975,  1.9600
            0.99,   2.3263
            0.01,  -2.3263
            0.8,    0.8416
            0.001, -3.0902
            0.9999, 3.7190
            """)
    void zIsTheStandardNormalQuantile(double p, double z) {
        assertEquals(z, InverseNormal.z(p), 1e-4);
    }

    @ParameterizedTest(name = "z({0}) is refused")
    @ValueSource(doubles = {0, 1, -0.1, 1.5, Double.NaN})
    void aProbabilityOutsideZeroAndOneIsRefused(double p) {
        assertThrows(IllegalArgumentException.class, () -> InverseNormal.z(p));
    }
}
