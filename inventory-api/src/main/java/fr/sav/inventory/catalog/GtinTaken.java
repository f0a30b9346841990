package fr.sav.inventory.catalog;

import fr.sav.inventory.shared.Conflict;

import java.util.Map;

/** Refused: the GTIN already belongs to another part; one barcode names one part. */
final class GtinTaken extends Conflict {

    private final String gtin;
    private final String sku;

    GtinTaken(String gtin, String sku) {
        super("duplicate", "Already exists", "GTIN " + gtin + " already belongs to " + sku,
                Map.of("resource", "gtin", "key", gtin, "sku", sku));
        this.gtin = gtin;
        this.sku = sku;
    }

    String gtin() {
        return gtin;
    }

    /** The part the GTIN belongs to. */
    String sku() {
        return sku;
    }
}
