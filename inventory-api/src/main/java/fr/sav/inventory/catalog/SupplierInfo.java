package fr.sav.inventory.catalog;

import io.micronaut.core.annotation.Nullable;

/** What other features know of a supplier. */
public record SupplierInfo(long id, String code, String name, String currency, @Nullable Integer leadTimeDays) {
}
