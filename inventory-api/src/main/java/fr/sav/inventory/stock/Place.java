package fr.sav.inventory.stock;

import fr.sav.inventory.catalog.LocationInfo;

/** One stock level's address for a part: a location and a condition. */
public record Place(LocationInfo location, Condition condition) {

    @Override
    public String toString() {
        return condition + " at " + location.code();
    }
}
