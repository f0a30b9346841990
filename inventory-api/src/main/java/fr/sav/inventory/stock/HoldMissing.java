package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: a release names more than is held of the part at the place. */
final class HoldMissing extends Conflict {

    private final String sku;
    private final Place place;
    private final int quantity;

    HoldMissing(String sku, Place place, int quantity) {
        super("hold-missing", "Nothing held there", "No " + quantity + " × " + sku + " held " + place + " to release",
                Map.of("sku", sku, "location", place.location().code()));
        this.sku = sku;
        this.place = place;
        this.quantity = quantity;
    }

    String sku() {
        return sku;
    }

    Place place() {
        return place;
    }

    int quantity() {
        return quantity;
    }
}
