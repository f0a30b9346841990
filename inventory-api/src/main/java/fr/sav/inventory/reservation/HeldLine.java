package fr.sav.inventory.reservation;

import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.stock.Condition;
import fr.sav.inventory.stock.Place;
import io.micronaut.core.annotation.Nullable;

/** One piece of held stock: which part, where, in what condition, which unit, how many. */
record HeldLine(PartInfo part, LocationInfo location, Condition condition, @Nullable String serial, int quantity) {

    Place place() {
        return new Place(location, condition);
    }

    ReservationView.Line view() {
        return new ReservationView.Line(part.sku(), location.code(), condition, serial, quantity);
    }
}
