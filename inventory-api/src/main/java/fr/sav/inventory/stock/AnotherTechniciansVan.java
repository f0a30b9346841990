package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: a technician took stock from another technician's van, which serves others only by a transfer. */
final class AnotherTechniciansVan extends Conflict {

    AnotherTechniciansVan(String sku, String van, String home) {
        super("another-technicians-van", "Another technician's van", "The stock of " + van + " is its technician's: "
                + sku + " leaves it for you only by a transfer order; your van is " + home,
                Map.of("sku", sku, "location", van, "home", home));
    }
}
