package fr.sav.inventory.dashboard;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A count over a total as a share between 0 and 1 (4 decimals); none when the total is nothing. */
final class Shares {

    private Shares() {
    }

    @Nullable
    static BigDecimal of(long count, long total) {
        return total == 0 ? null : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
    }
}
