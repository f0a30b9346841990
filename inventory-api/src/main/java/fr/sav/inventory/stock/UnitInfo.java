package fr.sav.inventory.stock;

import io.micronaut.core.annotation.Nullable;

/** What other features know of a serialized unit. */
public record UnitInfo(String serial, long partId, Condition condition, @Nullable Long locationId, UnitStatus status,
                       Owner owner, int returnCount) {
}
