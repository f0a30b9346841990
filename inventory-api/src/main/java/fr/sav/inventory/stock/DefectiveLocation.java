package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: DEFECTIVE stock would land outside the WORKSHOP, QUARANTINE and SUBCONTRACTOR locations. */
final class DefectiveLocation extends Conflict {

    DefectiveLocation(String sku, Place place) {
        super("defective-location", "Defective stock belongs in the workshop",
                "DEFECTIVE " + sku + " cannot go to " + place.location().code() + " (a " + place.location().kind()
                        + "): put it in a WORKSHOP, QUARANTINE or SUBCONTRACTOR location until it is inspected",
                Map.of("sku", sku, "location", place.location().code(), "kind", place.location().kind().name(),
                        "condition", Condition.DEFECTIVE.name()));
    }
}
