package fr.sav.inventory.dashboard;

import fr.sav.inventory.stock.Condition;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The dashboard's arithmetic on plain values: percentiles, shares, and locations ranked by value. */
class FigureArithmeticTest {

    private static final long DAY = 24 * 60;

    @Test
    void aPercentileIsTheSmallestDurationWithThatShareAtOrBelowIt() {
        List<Long> tenRepairs = List.of(1 * DAY, 2 * DAY, 3 * DAY, 4 * DAY, 5 * DAY, 6 * DAY, 7 * DAY, 8 * DAY, 9 * DAY, 30 * DAY);

        assertEquals(new BigDecimal("5.0"), RepairFigures.days(tenRepairs, 0.5));
        assertEquals(new BigDecimal("9.0"), RepairFigures.days(tenRepairs, 0.9));
        assertEquals(new BigDecimal("0.5"), RepairFigures.days(List.of(DAY / 2), 0.9));
        assertNull(RepairFigures.days(List.of(), 0.5), "no repair, no figure");
    }

    @Test
    void aShareHasFourDecimalsAndNoneWithoutATotal() {
        assertEquals(new BigDecimal("0.6667"), Shares.of(2, 3));
        assertEquals(new BigDecimal("1.0000"), Shares.of(4, 4));
        assertNull(Shares.of(0, 0));
    }

    @Test
    void locationsBeyondTheShownOnesAreAddedUpAsOneRowWithoutACode() {
        List<StockFigures.Valued> stock = List.of(
                valued("MAG-A", Condition.NEW, "300.00"), valued("MAG-A", Condition.DEFECTIVE, "20.00"),
                valued("ATELIER", Condition.DEFECTIVE, "200.00"),
                valued("VAN-1", Condition.NEW, "50.00"), valued("VAN-2", Condition.USED, "25.00"));

        List<DashboardView.LocationValue> ranked = StockFigures.byLocation(stock, 2);

        assertEquals(3, ranked.size());
        assertEquals("MAG-A", ranked.get(0).location());
        assertEquals(new BigDecimal("320.00"), ranked.get(0).value());
        assertEquals(Map.of(Condition.NEW, new BigDecimal("300.00"), Condition.DEFECTIVE, new BigDecimal("20.00")),
                ranked.get(0).byCondition());
        assertEquals("ATELIER", ranked.get(1).location());
        assertNull(ranked.get(2).location(), "the vans together");
        assertEquals(new BigDecimal("75.00"), ranked.get(2).value());
        assertEquals(2, ranked.get(2).pieces());
        assertEquals(Map.of(Condition.NEW, new BigDecimal("50.00"), Condition.USED, new BigDecimal("25.00")),
                ranked.get(2).byCondition());
    }

    private static StockFigures.Valued valued(String location, Condition condition, String value) {
        return new StockFigures.Valued(location, "STORE", condition, 1, new BigDecimal(value), 0);
    }
}
