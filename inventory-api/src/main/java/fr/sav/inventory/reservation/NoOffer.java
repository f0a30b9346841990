package fr.sav.inventory.reservation;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: a reservation would buy the part, but no supplier offers it. */
final class NoOffer extends Conflict {

    private final String sku;

    NoOffer(String sku) {
        super("no-offer", "No supplier offers the part", "No supplier offers " + sku
                + ": record an offer before buying it for a reservation", Map.of("sku", sku));
        this.sku = sku;
    }

    String sku() {
        return sku;
    }
}
