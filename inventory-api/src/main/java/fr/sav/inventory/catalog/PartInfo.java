package fr.sav.inventory.catalog;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/** What other features know of a part. */
public record PartInfo(long id, String sku, String name, @Nullable String family, boolean serialized,
                       boolean repairable, @Nullable BigDecimal standardCost, @Nullable BigDecimal exchangePrice) {
}
