package fr.sav.inventory.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;

/** One price change of a supplier's offer, so buyers see how prices moved. */
@Serdeable
public record PriceChange(String supplierRef, String sku, BigDecimal oldPrice, BigDecimal newPrice, String currency,
                          Instant changedAt, @Nullable Long importId) {
}
