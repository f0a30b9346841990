package fr.sav.inventory.dashboard;

import java.util.List;
import java.time.LocalDate;
import java.util.stream.IntStream;

/** The last {@code count} calendar months (UTC), the current one last, each named by its first day. */
record Months(LocalDate first, int count) {

    static Months endingWith(LocalDate today, int count) {
        return new Months(today.withDayOfMonth(1).minusMonths(count - 1L), count);
    }

    Period period() {
        return new Period(first, first.plusMonths(count).minusDays(1));
    }

    List<LocalDate> starts() {
        return IntStream.range(0, count).mapToObj(first::plusMonths).toList();
    }
}
