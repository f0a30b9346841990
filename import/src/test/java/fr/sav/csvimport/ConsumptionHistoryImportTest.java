package fr.sav.csvimport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.sav.csvimport.ImportSchema.CONSUMPTION_HISTORY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConsumptionHistoryImportTest {

    private static final LocalDate MARCH_14 = LocalDate.of(2025, 3, 14);

    @Test
    void daysWeeksAndMonthsAreRead() {
        Files.Read<ConsumptionRow> read = Files.read(Files.resource("consumption-history.csv"), CONSUMPTION_HISTORY);

        assertEquals(new ConsumptionRow("LV-PMP-0042", UsagePeriod.day(MARCH_14), 2), read.value(2));
        assertEquals(new ConsumptionRow("LV-PMP-0042", UsagePeriod.day(MARCH_14), 1), read.value(3));
        assertEquals(new ConsumptionRow("LV-PMP-0042", new UsagePeriod(LocalDate.of(2025, 3, 10), PeriodKind.WEEK), 5),
                read.value(4));
        assertEquals(new ConsumptionRow("LV-PMP-0042", new UsagePeriod(LocalDate.of(2025, 3, 1), PeriodKind.MONTH), 12),
                read.value(5));
        assertEquals(new ConsumptionRow("LV-PMP-0042", new UsagePeriod(LocalDate.of(2025, 3, 1), PeriodKind.MONTH), 0),
                read.value(6));
        assertEquals(new ConsumptionRow("LV-PMP-0042", UsagePeriod.day(MARCH_14), 3), read.value(12));
    }

    @Test
    void badDatesQuantitiesAndPartsAreRowErrors() {
        Files.Read<ConsumptionRow> read = Files.read(Files.resource("consumption-history.csv"), CONSUMPTION_HISTORY);

        assertEquals(List.of(new RowError(7, "period", "Date", "31/02/2025", "period '31/02/2025' is not a real date",
                RowRule.NOT_A_REAL_DATE, Map.of())),
                read.errors(7));
        assertEquals(List.of(new RowError(8, "period", "Date", "hier", "period 'hier' is not a date: write 2025-03-14, "
                + "14/03/2025, 2025-W11 (a week) or 2025-03 (a month)", RowRule.NOT_A_DATE, Map.of())), read.errors(8));
        assertEquals(List.of(new RowError(9, "period", "Date", "2025-W54", "period '2025-W54' is not a real date",
                RowRule.NOT_A_REAL_DATE, Map.of())),
                read.errors(9));
        assertEquals(List.of(new RowError(10, "quantity", "Quantité", "-2", "quantity '-2' must not be negative",
                RowRule.NOT_NEGATIVE, Map.of())),
                read.errors(10));
        assertEquals(List.of(new RowError(11, "sku", "Article", "", "sku is missing", RowRule.REQUIRED,
                Map.of())), read.errors(11));
    }

    @ParameterizedTest
    @CsvSource({
        "2025-W01, 2024-12-30, WEEK, 2025-01-05",
        "2026-W53, 2026-12-28, WEEK, 2027-01-03",
        "2024-02, 2024-02-01, MONTH, 2024-02-29",
        "02/2025, 2025-02-01, MONTH, 2025-02-28",
        "14.03.25, 2025-03-14, DAY, 2025-03-14",
        "2025-03-14T08:30:00, 2025-03-14, DAY, 2025-03-14"})
    void periodsStartAndEndWhereTheCalendarSays(String text, LocalDate start, PeriodKind kind, LocalDate lastDay) {
        UsagePeriod period = PeriodText.parse(text);

        assertEquals(new UsagePeriod(start, kind), period);
        assertEquals(lastDay, period.lastDay());
    }

    @Test
    void aWeekCannotStartOnAnotherDayThanMonday() {
        assertThrows(IllegalArgumentException.class, () -> new UsagePeriod(MARCH_14, PeriodKind.WEEK));
    }
}
