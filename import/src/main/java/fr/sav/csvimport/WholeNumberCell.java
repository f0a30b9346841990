package fr.sav.csvimport;

import java.math.BigDecimal;

/** A whole number between {@code min} and {@code max}; "12,00" is 12, "2,5" is refused. */
record WholeNumberCell(int min, int max) implements CellType<Integer> {

    @Override
    public Integer parse(String text, DecimalSeparator fileDecimals) {
        if (plainDigits(text)) {
            return inRange(Long.parseLong(text));
        }
        BigDecimal value = NumberText.of(text).value(fileDecimals);
        if (value.scale() > 0 && value.stripTrailingZeros().scale() > 0) {
            throw new CellRejected(RowRule.NOT_A_WHOLE_NUMBER, "is not a whole number");
        }
        return inRange(value.max(BigDecimal.valueOf(Long.MIN_VALUE)).min(BigDecimal.valueOf(Long.MAX_VALUE)).longValue());
    }

    private int inRange(long value) {
        if (value < min) {
            throw min == 0 ? new CellRejected(RowRule.NOT_NEGATIVE, "must not be negative")
                    : new CellRejected(RowRule.AT_LEAST, "must be at least " + min, "min", min);
        }
        if (value > max) {
            throw new CellRejected(RowRule.AT_MOST, "must be at most " + max, "max", max);
        }
        return (int) value;
    }

    private static boolean plainDigits(String text) {
        if (text.isEmpty() || text.length() > 18) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean numeric() {
        return true;
    }
}
