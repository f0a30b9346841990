package fr.sav.csvimport;

import java.math.BigDecimal;

/** A decimal at least {@code min}, with at most {@code maxScale} decimals and {@code maxWholeDigits} before the point. */
record DecimalCell(BigDecimal min, int maxScale, int maxWholeDigits) implements CellType<BigDecimal> {

    @Override
    public BigDecimal parse(String text, DecimalSeparator fileDecimals) {
        BigDecimal value = NumberText.of(text).value(fileDecimals);
        if (value.compareTo(min) < 0) {
            throw new CellRejected(min.signum() == 0 ? "must not be negative" : "must be at least " + min);
        }
        if (value.scale() > maxScale && value.stripTrailingZeros().scale() > maxScale) {
            throw new CellRejected("has more than " + maxScale + " decimals");
        }
        if (value.precision() - value.scale() > maxWholeDigits) {
            throw new CellRejected("is too large");
        }
        return value;
    }

    @Override
    public boolean numeric() {
        return true;
    }
}
