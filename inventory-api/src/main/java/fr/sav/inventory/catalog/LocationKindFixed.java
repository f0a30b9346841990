package fr.sav.inventory.catalog;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: a location keeps its kind; another kind is another location. */
final class LocationKindFixed extends Conflict {

    private final String location;
    private final LocationKind kind;

    LocationKindFixed(String location, LocationKind kind, LocationKind wanted) {
        super("location-kind-fixed", "A location keeps its kind", "Location " + location + " is a " + kind
                + ": create another location for a " + wanted, Map.of("location", location, "kind", kind.name()));
        this.location = location;
        this.kind = kind;
    }

    String location() {
        return location;
    }

    LocationKind kind() {
        return kind;
    }
}
