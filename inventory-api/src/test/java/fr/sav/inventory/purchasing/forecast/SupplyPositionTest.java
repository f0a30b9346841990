package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SupplyPositionTest {

    @ParameterizedTest(name = "{0} − {1} + {2} + {3} × {4} + {5} × {6} × {4} = {7}")
    @CsvSource(textBlock = """
            10, 3, 5, 4, 0.75, 2, 1,    16.5
            0,  2, 0, 0, 1,    0, 1,    -2
            1,  0, 0, 3, 0.5,  0, 1,    2.5
            0,  0, 0, 6, 0,    0, 1,    0
            4,  4, 0, 0, 1,    3, 1,    3
            0,  0, 0, 0, 0.8,  4, 0.75, 2.4
            2,  0, 0, 5, 0.8,  4, 0.5,  7.6
            """)
    void thePositionCountsRepairsByTheirYieldAndCoresDueByReturnRateAndYield(int onHand, int reserved, int onOrder,
                                                                             int inRepair, double yield, int coresDue,
                                                                             double returnRate, double net) {
        assertEquals(net, new SupplyPosition(onHand, reserved, onOrder, inRepair, yield, coresDue, returnRate).net(), 1e-12);
    }

    @Test
    void negativeTermsAndYieldsOutsideZeroAndOneAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SupplyPosition(-1, 0, 0, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SupplyPosition(0, 0, 0, 0, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> new SupplyPosition(0, 0, 0, 1, 1.2, 0));
        assertThrows(IllegalArgumentException.class, () -> new SupplyPosition(0, 0, 0, 0, 1, 1, 1.5));
    }
}
