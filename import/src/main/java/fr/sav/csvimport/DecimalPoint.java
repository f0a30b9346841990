package fr.sav.csvimport;

import java.util.List;

/**
 * Which separator of a number is its decimal point. With both ',' and '.', the last one, written once, is
 * decimal (1.234,50 and 1,234.50). A mark written several times groups thousands (1.234.567). A single
 * mark is decimal when blanks group thousands (1 234,5), when it is followed by other than 3 digits
 * (12,5 and 0,1250), or when the digits before it cannot be a thousands group (0,125 and 1234,567);
 * otherwise (1,234 and 1.234) the file's decimal separator decides. Thousands groups must be 3 digits.
 */
final class DecimalPoint {

    static final int NONE = -1;
    static final int INVALID = -2;
    static final int AMBIGUOUS = -3;

    private DecimalPoint() {
    }

    /** The index of the separator that is the decimal point, NONE, INVALID, or AMBIGUOUS when the file is null. */
    static int gap(List<String> groups, String separators, DecimalSeparator file) {
        int gap = decimalGap(groups, separators);
        if (gap == AMBIGUOUS && file != null) {
            gap = separators.charAt(0) == file.character() ? 0 : NONE;
        }
        return gap == INVALID || gap == AMBIGUOUS || validGrouping(groups, separators, gap) ? gap : INVALID;
    }

    static DecimalSeparator evidence(List<String> groups, String separators) {
        int gap = gap(groups, separators, null);
        if (gap >= 0) {
            return separators.charAt(gap) == ',' ? DecimalSeparator.COMMA : DecimalSeparator.DOT;
        }
        if (gap == NONE && !separators.isEmpty()) {
            char grouping = separators.charAt(0);
            return grouping == ',' ? DecimalSeparator.DOT : grouping == '.' ? DecimalSeparator.COMMA : null;
        }
        return null;
    }

    private static int decimalGap(List<String> groups, String separators) {
        int last = separators.length() - 1;
        if (last < 0 || separators.charAt(last) == ' ' || separators.charAt(last) == '\'') {
            return NONE;
        }
        char mark = separators.charAt(last);
        char other = mark == ',' ? '.' : ',';
        boolean once = separators.indexOf(mark) == last;
        if (separators.indexOf(other) >= 0) {
            return once ? last : INVALID;
        }
        if (!once) {
            return NONE;
        }
        if (last > 0 || groups.get(last + 1).length() != 3) {
            return last;
        }
        String whole = groups.get(0);
        return whole.length() > 3 || whole.startsWith("0") ? last : AMBIGUOUS;
    }

    private static boolean validGrouping(List<String> groups, String separators, int decimalGap) {
        int wholeGaps = decimalGap >= 0 ? decimalGap : separators.length();
        for (int i = 0; i < wholeGaps; i++) {
            boolean sameMark = separators.charAt(i) == separators.charAt(0);
            boolean notDecimal = decimalGap < 0 || separators.charAt(i) != separators.charAt(decimalGap);
            int length = groups.get(i + 1).length();
            if (!sameMark || !notDecimal || length != 3 || groups.get(0).length() > 3) {
                return false;
            }
        }
        return true;
    }
}
