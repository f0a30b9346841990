package fr.sav.inventory.catalog;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: the location named is not of the kind the operation needs (a workshop, a quarantine...). */
public final class WrongLocationKind extends Conflict {

    private final String location;
    private final LocationKind kind;

    /** {@code rule}: where the operation happens, said before "; CODE is a KIND". */
    public WrongLocationKind(String rule, String location, LocationKind kind) {
        this(location, kind, rule + "; " + location + " is a " + kind);
    }

    private WrongLocationKind(String location, LocationKind kind, String detail) {
        super("wrong-location-kind", "Wrong kind of location", detail,
                Map.of("location", location, "kind", kind.name()));
        this.location = location;
        this.kind = kind;
    }

    /** The location is of another kind than the one needed. */
    public static WrongLocationKind needed(String location, LocationKind kind, LocationKind needed) {
        return new WrongLocationKind(location, kind, location + " is a " + kind + "; a " + needed
                + " location is needed here");
    }

    public String location() {
        return location;
    }

    /** The kind the location named is. */
    public LocationKind kind() {
        return kind;
    }
}
