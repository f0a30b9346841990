package fr.sav.inventory.imports;

import java.math.BigDecimal;

/** A whole number between {@code min} and {@code max}; "12,00" is 12, "2,5" is refused. */
record WholeNumberCell(int min, int max) implements CellType<Integer> {

    @Override
    public Integer parse(String text, DecimalSeparator fileDecimals) {
        BigDecimal value = plainDigits(text) ? BigDecimal.valueOf(Long.parseLong(text))
                : NumberText.of(text).value(fileDecimals);
        if (value.scale() > 0 && value.stripTrailingZeros().scale() > 0) {
            throw new CellRejected("is not a whole number");
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0) {
            throw new CellRejected(min == 0 ? "must not be negative" : "must be at least " + min);
        }
        if (value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new CellRejected("must be at most " + max);
        }
        return value.intValueExact();
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
