package fr.sav.inventory.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A company we buy parts from. */
@MappedEntity("supplier")
record Supplier(@Id @GeneratedValue @Nullable Long id,
                String code,
                String name,
                @Nullable String email,
                String currency,
                @Nullable Integer leadTimeDays,
                Instant createdAt) {

    SupplierInfo info() {
        return new SupplierInfo(id, code, name, currency, leadTimeDays);
    }
}
