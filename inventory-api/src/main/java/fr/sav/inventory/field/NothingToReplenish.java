package fr.sav.inventory.field;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: no part of the location is below its minimum with stock available at the sender. */
final class NothingToReplenish extends Conflict {

    NothingToReplenish(String location, String from) {
        super("nothing-to-replenish", "Nothing to replenish", "No part of " + location
                + " is below its minimum with stock available at " + from, Map.of("location", location, "from", from));
    }
}
