package fr.sav.inventory.stock;

import fr.sav.inventory.catalog.LocationInfo;
import io.micronaut.core.annotation.Nullable;

/** Usable stock that could serve a request now: at a location, in a condition, or one serialized unit. */
public record Available(LocationInfo location, Condition condition, int quantity, @Nullable String serial) {

    public Place place() {
        return new Place(location, condition);
    }
}
