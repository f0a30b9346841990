package fr.sav.csvimport;

import java.math.BigDecimal;

/** A decimal at least {@code min}, with at most {@code maxScale} decimals and {@code maxWholeDigits} before the point. */
record DecimalCell(BigDecimal min, int maxScale, int maxWholeDigits) implements CellType<BigDecimal> {

    @Override
    public BigDecimal parse(String text, DecimalSeparator fileDecimals) {
        BigDecimal value = NumberText.of(text).value(fileDecimals);
        if (value.compareTo(min) < 0) {
            throw min.signum() == 0 ? new CellRejected(RowRule.NOT_NEGATIVE, "must not be negative")
                    : new CellRejected(RowRule.AT_LEAST, "must be at least " + min, "min", min);
        }
        if (value.scale() > maxScale && value.stripTrailingZeros().scale() > maxScale) {
            throw new CellRejected(RowRule.TOO_MANY_DECIMALS, "has more than " + maxScale + " decimals", "max", maxScale);
        }
        if (value.precision() - value.scale() > maxWholeDigits) {
            throw new CellRejected(RowRule.TOO_LARGE, "is too large");
        }
        return value;
    }

    @Override
    public boolean numeric() {
        return true;
    }
}
