package fr.sav.inventory.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/** A supplier's offer as clients see it; {@code leadTimeDays} falls back to the supplier's. */
@Serdeable
public record OfferView(String supplier, String supplierName, String supplierRef, String sku, BigDecimal price,
                        String currency, int minOrderQty, int packSize, @Nullable Integer leadTimeDays,
                        boolean preferred) {
}
