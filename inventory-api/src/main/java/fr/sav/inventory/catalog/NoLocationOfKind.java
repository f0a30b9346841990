package fr.sav.inventory.catalog;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: the operation needs a location of a kind (a workshop, a quarantine...) and there is none yet. */
public final class NoLocationOfKind extends Conflict {

    private final LocationKind kind;

    public NoLocationOfKind(LocationKind kind) {
        this(kind, "No location of that kind", "Create a " + kind + " location first (page Emplacements, or POST "
                + "/api/locations)");
    }

    /** The same refusal, titled and said for the operation that needs the location. */
    public NoLocationOfKind(LocationKind kind, String title, String detail) {
        super("no-location-of-kind", title, detail, Map.of("kind", kind.name()));
        this.kind = kind;
    }

    public LocationKind kind() {
        return kind;
    }
}
