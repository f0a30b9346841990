package fr.sav.inventory.stock;

import fr.sav.inventory.catalog.LocationInfo;
import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: DEFECTIVE stock would land outside the WORKSHOP, QUARANTINE and SUBCONTRACTOR locations. */
public final class DefectiveLocation extends Conflict {

    DefectiveLocation(String sku, Place place) {
        this(sku, place.location());
    }

    public DefectiveLocation(String sku, LocationInfo location) {
        super("defective-location", "Defective stock belongs in the workshop",
                "DEFECTIVE " + sku + " cannot go to " + location.code() + " (a " + location.kind()
                        + "): put it in a WORKSHOP, QUARANTINE or SUBCONTRACTOR location until it is inspected",
                Map.of("sku", sku, "location", location.code(), "kind", location.kind().name(),
                        "condition", Condition.DEFECTIVE.name()));
    }
}
