package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SupplyPositionTest {

    @ParameterizedTest(name = "{0} − {1} + {2} + {3} × {4} + {5} = {6}")
    @CsvSource(textBlock = """
            10, 3, 5, 4, 0.75, 2, 17
            0,  2, 0, 0, 1,    0, -2
            1,  0, 0, 3, 0.5,  0, 2.5
            0,  0, 0, 6, 0,    0, 0
            4,  4, 0, 0, 1,    3, 3
            """)
    void thePositionCountsRepairsByTheirYieldAndCoresInFull(int onHand, int reserved, int onOrder, int inRepair,
                                                            double yield, int coresDue, double net) {
        assertEquals(net, new SupplyPosition(onHand, reserved, onOrder, inRepair, yield, coresDue).net(), 1e-12);
    }

    @Test
    void negativeTermsAndYieldsOutsideZeroAndOneAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SupplyPosition(-1, 0, 0, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SupplyPosition(0, 0, 0, 0, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> new SupplyPosition(0, 0, 0, 1, 1.2, 0));
    }
}
