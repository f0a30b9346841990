package fr.sav.inventory.repair;

import fr.sav.inventory.shared.Conflict;
import fr.sav.inventory.stock.Condition;
import fr.sav.inventory.stock.UnitStatus;
import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;

/** Refused: a company repair order needs a DEFECTIVE piece of the part in a WORKSHOP or QUARANTINE location. */
final class NotDefectiveStock extends Conflict {

    private final String sku;
    private final @Nullable String serial;

    private NotDefectiveStock(String sku, @Nullable String serial, String detail) {
        super("not-defective-stock", "Not defective stock in the workshop", detail, facts(sku, serial));
        this.sku = sku;
        this.serial = serial;
    }

    /** The unit named is not a DEFECTIVE unit of ours in stock in the workshop (or the location named). */
    static NotDefectiveStock unit(String sku, String serial, UnitStatus status, Condition condition,
            @Nullable String location) {
        return new NotDefectiveStock(sku, serial, "Unit " + serial + " is " + status + ", " + condition
                + (location == null ? "" : " at " + location)
                + ": a company repair order needs a DEFECTIVE unit in a WORKSHOP or QUARANTINE location");
    }

    /** No DEFECTIVE piece of the part is available in the workshop (or the location named). */
    static NotDefectiveStock none(String sku, @Nullable String location) {
        return new NotDefectiveStock(sku, null, "No DEFECTIVE " + sku + " is available in "
                + (location == null ? "a WORKSHOP or QUARANTINE location" : location)
                + ": return it to the workshop first");
    }

    String sku() {
        return sku;
    }

    @Nullable String serial() {
        return serial;
    }

    private static Map<String, Object> facts(String sku, @Nullable String serial) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("sku", sku);
        if (serial != null) {
            facts.put("serial", serial);
        }
        return facts;
    }
}
