package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SupplierOfferTest {

    @ParameterizedTest(name = "need {0}, MOQ {1}, pack {2} → {3}")
    @CsvSource(textBlock = """
            7,  10, 4, 12
            0,  10, 4, 0
            -2, 1,  1, 0
            12, 10, 4, 12
            13, 10, 4, 16
            7,  1,  1, 7
            3,  5,  1, 5
            1,  1,  6, 6
            25, 10, 1, 25
            """)
    void theNeedIsRoundedUpToTheMinimumOrderAndWholePacks(int needed, int moq, int pack, int quantity) {
        SupplierOffer offer = new SupplierOffer("ACME", new BigDecimal("1.00"), moq, pack, 7, false);

        assertEquals(quantity, offer.quantityFor(needed));
    }

    @Test
    void anOfferWithoutSupplierPriceOrWithAZeroPackIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SupplierOffer(" ", BigDecimal.ONE, 1, 1, null, false));
        assertThrows(IllegalArgumentException.class, () -> new SupplierOffer("ACME", null, 1, 1, null, false));
        assertThrows(IllegalArgumentException.class, () -> new SupplierOffer("ACME", BigDecimal.ONE, 1, 0, null, false));
        assertThrows(IllegalArgumentException.class, () -> new SupplierOffer("ACME", BigDecimal.ONE, 0, 1, null, false));
        assertThrows(IllegalArgumentException.class, () -> new SupplierOffer("ACME", BigDecimal.ONE, 1, 1, -3, false));
    }
}
