package fr.sav.inventory.purchasing.forecast;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReplayTest {

    /**
     * Baseline, lead time 1 week, cover 2 weeks, after 4 warm-up weeks of 2: reorder point 2, order-up-to 4, start
     * with 4. Week 5 asks 2 (2 left). Week 6 asks 5: 2 served, 3 backordered; average 2.5 → R 3, S 5; position −3,
     * order 8, due in week 8. Week 7 asks 0. Week 8: 8 arrive, 3 go to the backorders (cycle 1 closes short),
     * 2 served, 3 left. Week 9: 2 served, 1 left, position 1 &lt; 3: order 4 (not due before the end). Fill rate
     * 8 / 11, no cycle without shortage, stock (2 + 0 + 0 + 3 + 1) / 5 = 1.2, 2 orders.
     */
    @Test
    void aTinySeriesReplaysAsCountedByHand() {
        Tally tally = Replay.run(Histories.weeks("2 2 2 2 2 5 0 2 2"), new BaselineRule(1, 2), 4, 1);

        assertEquals(11, tally.demand());
        assertEquals(8, tally.filled());
        assertEquals(8.0 / 11, tally.fillRate(), 1e-12);
        assertEquals(1, tally.cycles());
        assertEquals(1, tally.shortCycles());
        assertEquals(0, tally.cycleServiceLevel(), 1e-12);
        assertEquals(1.2, tally.averageStock(), 1e-12);
        assertEquals(2, tally.orders());
    }

    /**
     * Policy without undershoot after 13 weeks of 1 (SES 1, no error; lead time 1 week): Poisson(1) quantile 3,
     * so R 4, S 4 + 4 = 8, start with 8. Weeks 14–17 ask 1 each: 7, 6, 5, 4 on hand; week 18 leaves 3, below 4:
     * order 5, arriving in week 20 after week 19 left 2; weeks 20 and 21 leave 6 and 5. Every piece served, one
     * clean cycle.
     */
    @Test
    void thePolicyServesASteadyPartFromStock() {
        ReorderPolicy policy = new ReorderPolicy(new PolicySettings(0.95, 4, false, Forecaster.DEFAULT));

        Tally tally = Replay.run(Histories.repeated(1, 21), new PolicyRule(policy, 1), 13, 1);

        assertEquals(8, tally.demand());
        assertEquals(1, tally.fillRate(), 1e-12);
        assertEquals(1, tally.cycles());
        assertEquals(0, tally.shortCycles());
        assertEquals(1, tally.orders());
        assertEquals((7 + 6 + 5 + 4 + 3 + 2 + 6 + 5) / 8.0, tally.averageStock(), 1e-12);
    }

    @Test
    void aShortageInTheLastOpenCycleStillCounts() {
        Tally tally = Replay.run(Histories.weeks("0 0 0 0 3"), new BaselineRule(1, 2), 4, 1);

        assertEquals(0, tally.filled());
        assertEquals(1, tally.cycles());
        assertEquals(1, tally.shortCycles());
    }

    @Test
    void talliesAddUp() {
        Tally one = new Tally(1, 10, 9, 2, 1, 3.5, 2);
        Tally two = new Tally(1, 30, 30, 3, 0, 1.5, 3);

        assertEquals(new Tally(2, 40, 39, 5, 1, 5.0, 5), List.of(one, two).stream().reduce(Tally.NONE, Tally::plus));
    }
}
