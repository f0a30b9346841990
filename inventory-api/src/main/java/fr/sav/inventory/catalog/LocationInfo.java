package fr.sav.inventory.catalog;

/** What other features know of a location. */
public record LocationInfo(long id, String code, String name, LocationKind kind) {
}
