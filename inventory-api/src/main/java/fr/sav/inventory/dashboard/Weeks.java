package fr.sav.inventory.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/** The last {@code count} weeks, Monday to Sunday (UTC), the current one last. */
record Weeks(LocalDate first, int count) {

    static Weeks endingWith(LocalDate today, int count) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Weeks(monday.minusWeeks(count - 1L), count);
    }

    Instant start() {
        return first.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    List<LocalDate> starts() {
        return IntStream.range(0, count).mapToObj(first::plusWeeks).toList();
    }
}
