package fr.sav.csvimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A number as exports write it: optional sign, digit groups separated by ',', '.', blanks (space, no-break
 * space, narrow no-break space) or apostrophes, and a currency symbol or ISO code before or after. See
 * {@link DecimalPoint} for which separator is the decimal one.
 */
final class NumberText {

    static final CellRejected NOT_A_NUMBER = new CellRejected(RowRule.NOT_A_NUMBER, "is not a number");

    private final boolean negative;
    private final List<String> groups;
    private final String separators;

    private NumberText(boolean negative, List<String> groups, String separators) {
        this.negative = negative;
        this.groups = groups;
        this.separators = separators;
    }

    static NumberText of(String cell) {
        String text = CurrencyAffixes.strip(cell);
        int pos = 0;
        boolean negative = false;
        if (!text.isEmpty() && "-+\u2212".indexOf(text.charAt(0)) >= 0) {
            negative = text.charAt(0) != '+';
            pos = 1;
            while (pos < text.length() && Cells.isBlank(text.charAt(pos))) {
                pos++;
            }
        }
        return split(negative, text.substring(pos));
    }

    private static NumberText split(boolean negative, String text) {
        List<String> groups = new ArrayList<>();
        StringBuilder separators = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                continue;
            }
            boolean leadingMark = i == 0 && i < text.length() && (text.charAt(i) == ',' || text.charAt(i) == '.');
            if (i == start && !leadingMark) {
                throw NOT_A_NUMBER;
            }
            groups.add(leadingMark ? "0" : text.substring(start, i));
            if (i < text.length()) {
                separators.append(separator(text.charAt(i)));
            }
            start = i + 1;
        }
        return new NumberText(negative, groups, separators.toString());
    }

    private static char separator(char c) {
        if (c == ',' || c == '.') {
            return c;
        }
        if (c == '\'' || c == '\u2019') {
            return '\'';
        }
        if (Cells.isBlank(c) || c == '\u2009') {
            return ' ';
        }
        throw NOT_A_NUMBER;
    }

    /** The value, reading an ambiguous 1,234 or 1.234 with the file's decimal separator. */
    BigDecimal value(DecimalSeparator fileDecimals) {
        int decimalGap = DecimalPoint.gap(groups, separators, fileDecimals);
        if (decimalGap == DecimalPoint.INVALID) {
            throw NOT_A_NUMBER;
        }
        StringBuilder digits = new StringBuilder(negative ? "-" : "");
        for (int i = 0; i < groups.size(); i++) {
            digits.append(i == decimalGap + 1 && decimalGap >= 0 ? "." : "").append(groups.get(i));
        }
        return new BigDecimal(digits.toString());
    }

    /** What this value says about the file's decimal separator, or null if it says nothing. */
    DecimalSeparator evidence() {
        return DecimalPoint.evidence(groups, separators);
    }
}
