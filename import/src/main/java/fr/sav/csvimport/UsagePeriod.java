package fr.sav.csvimport;

import java.time.LocalDate;
import java.util.Objects;

/** The stretch of time a consumption figure covers: a day, an ISO week (from its Monday) or a month (from the 1st). */
public record UsagePeriod(LocalDate start, PeriodKind kind) {

    public UsagePeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(kind, "kind");
        if (!kind.startsOn(start)) {
            throw new IllegalArgumentException("a " + kind + " period cannot start on " + start);
        }
    }

    public static UsagePeriod day(LocalDate day) {
        return new UsagePeriod(day, PeriodKind.DAY);
    }

    /** The last day of the period, inclusive. */
    public LocalDate lastDay() {
        return kind.lastDay(start);
    }
}
