package fr.sav.inventory.purchasing;

import fr.sav.inventory.purchasing.forecast.LevelsFrom;
import fr.sav.inventory.purchasing.forecast.SetLevels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StockPolicyLevelsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final Instant SET_AT = Instant.parse("2026-11-02T09:00:00Z");

    @ParameterizedTest(name = "min {0}, max {1}, initial {2}, ever received {3}: reorder point {4}, order-up-to {5}")
    @CsvSource(nullValues = "-", textBlock = """
            2, 6, -, true,  2, 6
            2, -, -, true,  2, 2
            -, 6, -, true,  6, 6
            1, 3, 5, false, 5, 5
            1, 3, 5, true,  1, 3
            -, -, 5, true,  5, 5
            -, -, 5, false, 5, 5
            2, 6, -, false, 2, 6
            """)
    void minIsTheReorderPointMaxTheOrderUpToAndTheInitialQuantityStandsUntilTheFirstStock(
            Integer min, Integer max, Integer initial, boolean everReceived, int reorderPoint, int orderUpTo) {
        SetLevels levels = policy(min, max, initial, null).levels(everReceived, 3);

        assertEquals(LevelsFrom.HAND_SET, levels.from());
        assertEquals(reorderPoint, levels.reorderPoint());
        assertEquals(orderUpTo, levels.orderUpTo());
    }

    @Test
    void aPolicyAppliesUntilItsDayIncludedAndBelowTwentySixWeeksOfOwnHistory() {
        StockPolicy policy = policy(2, 6, null, TODAY);

        assertEquals(Optional.empty(), policy.stoppedBecause(TODAY, 25));
        assertEquals(Optional.of("The hand-set policy (\"ACME\", set by buyer on 2026-11-02, until 2026-12-05) ended on "
                + "2026-12-05: the forecast sets the levels."), policy.stoppedBecause(TODAY.plusDays(1), 0));
        assertEquals(Optional.of("The hand-set policy (\"ACME\", set by buyer on 2026-11-02, until 2026-12-05) no longer "
                + "applies: the part has 26 weeks of its own history (26 needed), the forecast sets the levels."),
                policy.stoppedBecause(TODAY, 26));
    }

    @Test
    void theWordsSayWhichFigureIsWhich() {
        String words = policy(2, 6, null, null).levels(true, 3).words();

        assertEquals("Hand-set policy (\"ACME\", set by buyer on 2026-11-02): reorder point 2 (min), order-up-to 6 (max), "
                + "instead of the forecast until the part has 26 weeks of its own history (it has 3).", words);
        assertTrue(policy(1, 3, 5, null).levels(false, 0).words().contains("initial provisioning of 5"));
    }

    private static StockPolicy policy(Integer min, Integer max, Integer initial, LocalDate until) {
        return new StockPolicy(1, min, max, initial, until, "ACME", "buyer", SET_AT);
    }
}
