package fr.sav.inventory.stock;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What the stock of one part in one condition holds and is worth: the moving average is value / quantity. */
record ValueTotal(long quantity, BigDecimal value) {

    static final ValueTotal NONE = new ValueTotal(0, BigDecimal.ZERO.setScale(2));

    /**
     * The value of {@code pieces} of it at the average; the last pieces take all that is left, so that no cent stays
     * behind once the stock is gone.
     */
    BigDecimal share(int pieces) {
        if (quantity <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (pieces >= quantity) {
            return value.setScale(2, RoundingMode.HALF_UP);
        }
        return value.multiply(BigDecimal.valueOf(pieces)).divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP);
    }

    /** The value of {@code pieces} more at the average (stock found by a count); nothing when there is none. */
    BigDecimal atAverage(int pieces) {
        return quantity <= 0 ? BigDecimal.ZERO.setScale(2) : value.multiply(BigDecimal.valueOf(pieces))
                .divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP);
    }

    ValueTotal plus(long pieces, BigDecimal amount) {
        return new ValueTotal(quantity + pieces, value.add(amount));
    }
}
