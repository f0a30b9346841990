package fr.sav.inventory.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/**
 * A supplier's offer as clients see it; {@code leadTimeDays} falls back to the supplier's; {@code warrantyMonths}
 * is the supplier's warranty on what it sells (null: none known).
 */
@Serdeable
public record OfferView(String supplier, String supplierName, String supplierRef, String sku, BigDecimal price,
                        String currency, int minOrderQty, int packSize, @Nullable Integer leadTimeDays,
                        boolean preferred, @Nullable Integer warrantyMonths) {
}
