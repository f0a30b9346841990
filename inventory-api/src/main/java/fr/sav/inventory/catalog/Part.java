package fr.sav.inventory.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** A part number of the catalog. */
@MappedEntity("part")
record Part(@Id @GeneratedValue @Nullable Long id,
            String sku,
            String name,
            @Nullable String family,
            @Nullable String manufacturer,
            @Nullable String manufacturerRef,
            @Nullable String gtin,
            String unit,
            boolean serialized,
            boolean repairable,
            @Nullable BigDecimal standardCost,
            @Nullable BigDecimal exchangePrice,
            Instant createdAt,
            Instant updatedAt) {

    PartInfo info() {
        return new PartInfo(id, sku, name, family, serialized, repairable, standardCost, exchangePrice);
    }
}
