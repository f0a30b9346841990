package fr.sav.inventory.stock;

import fr.sav.inventory.catalog.LocationKind;
import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: returned material lands in a WORKSHOP or QUARANTINE location, to be inspected first. */
final class NotAReturnLocation extends Conflict {

    private final String location;
    private final LocationKind kind;

    NotAReturnLocation(String location, LocationKind kind) {
        super("return-location", "Returns go to the workshop or quarantine", "Returned material must be inspected "
                + "first: " + location + " is a " + kind + ", not a WORKSHOP or QUARANTINE location",
                Map.of("location", location, "kind", kind.name()));
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
