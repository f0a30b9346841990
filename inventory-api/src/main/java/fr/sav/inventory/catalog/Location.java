package fr.sav.inventory.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A place where stock is kept. */
@MappedEntity("location")
record Location(@Id @GeneratedValue @Nullable Long id,
                String code,
                String name,
                LocationKind kind,
                @Nullable Long parentId,
                Instant createdAt) {

    LocationInfo info() {
        return new LocationInfo(id, code, name, kind);
    }
}
