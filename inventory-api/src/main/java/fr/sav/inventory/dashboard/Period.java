package fr.sav.inventory.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The days from {@code first} to {@code last} included (UTC), bound to queries as [start, end). */
record Period(LocalDate first, LocalDate last) {

    /** The last {@code days} days before today, and today: a repair closed 90 days ago is in the last 90 days. */
    static Period lastDays(LocalDate today, int days) {
        return new Period(today.minusDays(days), today);
    }

    Instant start() {
        return first.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    Instant end() {
        return last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
