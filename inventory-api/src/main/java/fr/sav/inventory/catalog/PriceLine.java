package fr.sav.inventory.catalog;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;

/** One offer line, matched to our part. Absent optional values keep what the offer has (or the defaults). */
public record PriceLine(String supplierRef, long partId, BigDecimal price, @Nullable String currency,
                   @Nullable Integer minOrderQty, @Nullable Integer packSize, @Nullable Integer leadTimeDays,
                   @Nullable Boolean preferred) {
}
