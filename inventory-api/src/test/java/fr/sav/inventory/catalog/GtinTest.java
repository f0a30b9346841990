package fr.sav.inventory.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GtinTest {

    @ParameterizedTest(name = "{0} valid: {1}")
    @CsvSource({
            "4006381333931, true",
            "4006381333932, false",
            "96385074, true",
            "96385075, false",
            "036000291452, true",
            "10036000291459, true",
            "10036000291458, false"})
    void theCheckDigitIsVerified(String code, boolean valid) {
        assertEquals(valid, Gtin.hasValidCheckDigit(code));
    }
}
