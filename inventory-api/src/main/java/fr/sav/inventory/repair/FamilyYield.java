package fr.sav.inventory.repair;

import io.micronaut.core.annotation.Nullable;

/** A family's closed and completed company repair orders in the window. */
public record FamilyYield(@Nullable String family, long closed, long completed) {
}
