package fr.sav.inventory.purchasing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DemandSeriesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @ParameterizedTest(name = "today {0} with {1} weeks starts {2}")
    @CsvSource({"2026-11-23, 104, 2024-11-25", "2026-11-29, 4, 2026-10-26", "2026-11-30, 1, 2026-11-23"})
    void theWindowEndsBeforeTheCurrentWeek(LocalDate today, int weeks, LocalDate start) {
        assertEquals(start, DemandSeries.windowStart(today, weeks));
    }

    @Test
    void aMonthIsSpreadOverItsWeeksByDaysKeepingItsTotal() {
        Map<Long, int[]> demand = new HashMap<>();

        DemandSeries.spread(demand, 1L, LocalDate.of(2026, 3, 1), "MONTH", 31, MONDAY.minusWeeks(1), 8);

        assertArrayEquals(new int[]{1, 7, 7, 7, 7, 2, 0, 0}, demand.get(1L));
    }

    @Test
    void aWeekAndADayLandInTheirWeek() {
        Map<Long, int[]> demand = new HashMap<>();

        DemandSeries.spread(demand, 1L, MONDAY.plusWeeks(1), "WEEK", 5, MONDAY, 4);
        DemandSeries.spread(demand, 1L, MONDAY.plusDays(17), "DAY", 2, MONDAY, 4);

        assertArrayEquals(new int[]{0, 5, 2, 0}, demand.get(1L));
        assertEquals(7, java.util.Arrays.stream(demand.get(1L)).sum());
    }
}
