package fr.sav.csvimport;

import java.math.BigDecimal;

/**
 * One offer of a supplier's price list. {@code sku} or {@code manufacturerRef} (at least one) finds our
 * part; every other field but {@code supplierRef} and {@code price} is null when the file leaves it empty.
 */
public record CatalogRow(String supplierRef, String sku, String manufacturerRef, String name, BigDecimal price,
                         String currency, Integer minOrderQty, Integer packSize, Integer leadTimeDays,
                         Boolean preferred) {
}
