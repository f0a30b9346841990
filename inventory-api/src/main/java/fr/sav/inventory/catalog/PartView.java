package fr.sav.inventory.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;

/** A part as clients see it, with the parts that can replace it and what it contains. */
@Serdeable
public record PartView(String sku, String name, @Nullable String family, @Nullable String manufacturer,
                       @Nullable String manufacturerRef, @Nullable String gtin, String unit, boolean serialized,
                       boolean repairable, @Nullable BigDecimal standardCost, @Nullable BigDecimal exchangePrice,
                       @Nullable List<String> equivalents, @Nullable List<ComponentLine> components) {

    static PartView of(Part part, @Nullable List<String> equivalents, @Nullable List<ComponentLine> components) {
        return new PartView(part.sku(), part.name(), part.family(), part.manufacturer(), part.manufacturerRef(),
                part.gtin(), part.unit(), part.serialized(), part.repairable(), part.standardCost(),
                part.exchangePrice(), equivalents, components);
    }
}
