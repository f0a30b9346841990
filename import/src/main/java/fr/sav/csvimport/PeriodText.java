package fr.sav.csvimport;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a day (2025-03-14, 14/03/2025, 14.03.25, a time after it is ignored), an ISO week (2025-W11) or a
 * month (2025-03, 03/2025). Slashed dates are day first, as in France.
 */
final class PeriodText {

    private static final String TIME = "(?:[T ]\\d{1,2}:\\d{2}.*)?";
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})" + TIME);
    private static final Pattern FRENCH_DAY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})" + TIME);
    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-?[Ww](\\d{1,2})(?:-?[1-7])?");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");

    private PeriodText() {
    }

    static UsagePeriod parse(String text) {
        try {
            Matcher m;
            if ((m = ISO_DAY.matcher(text)).matches()) {
                return UsagePeriod.day(LocalDate.of(number(m, 1), number(m, 2), number(m, 3)));
            }
            if ((m = FRENCH_DAY.matcher(text)).matches()) {
                int year = number(m, 3) + (m.group(3).length() == 2 ? 2000 : 0);
                return UsagePeriod.day(LocalDate.of(year, number(m, 2), number(m, 1)));
            }
            if ((m = ISO_WEEK.matcher(text)).matches()) {
                LocalDate monday = LocalDate.of(number(m, 1), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number(m, 2))
                        .with(DayOfWeek.MONDAY);
                return new UsagePeriod(monday, PeriodKind.WEEK);
            }
            if ((m = YEAR_MONTH.matcher(text)).matches()) {
                return new UsagePeriod(LocalDate.of(number(m, 1), number(m, 2), 1), PeriodKind.MONTH);
            }
            if ((m = MONTH_YEAR.matcher(text)).matches()) {
                return new UsagePeriod(LocalDate.of(number(m, 2), number(m, 1), 1), PeriodKind.MONTH);
            }
        } catch (DateTimeException e) {
            throw new CellRejected(RowRule.NOT_A_REAL_DATE, "is not a real date");
        }
        throw new CellRejected(RowRule.NOT_A_DATE, "is not a date: write 2025-03-14, 14/03/2025, 2025-W11 (a week) or 2025-03 (a month)");
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
