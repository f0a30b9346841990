package fr.sav.csvimport;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** How long a consumption period lasts, and where it must start. */
public enum PeriodKind {
    /** One calendar day. */
    DAY {
        @Override
        public LocalDate lastDay(LocalDate start) {
            return start;
        }
    },
    /** An ISO week: starts on a Monday, ends on the Sunday. */
    WEEK {
        @Override
        public LocalDate lastDay(LocalDate start) {
            return start.plusDays(6);
        }
    },
    /** A calendar month: starts on the 1st. */
    MONTH {
        @Override
        public LocalDate lastDay(LocalDate start) {
            return start.withDayOfMonth(start.lengthOfMonth());
        }
    };

    /** The last day (inclusive) of the period starting on {@code start}. */
    public abstract LocalDate lastDay(LocalDate start);

    boolean startsOn(LocalDate day) {
        return this == DAY || this == WEEK && day.getDayOfWeek() == DayOfWeek.MONDAY
                || this == MONTH && day.getDayOfMonth() == 1;
    }
}
