package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.Conflict;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Refused: a WARRANTY return of what the supplier's warranty no longer covers (or never did, as far as we know). */
final class OutOfWarranty extends Conflict {

    OutOfWarranty(String supplier, String sku, @Nullable String serial, @Nullable Instant receivedAt,
                  @Nullable Integer warrantyMonths) {
        super("out-of-warranty", "Outside the supplier's warranty", what(sku, serial) + " " + why(supplier, receivedAt,
                warrantyMonths) + ": send it back with another reason, or give force: true to return it anyway",
                facts(supplier, sku, serial, receivedAt, warrantyMonths));
    }

    private static String what(String sku, @Nullable String serial) {
        return serial == null ? sku : "Unit " + serial + " (" + sku + ")";
    }

    private static String why(String supplier, @Nullable Instant receivedAt, @Nullable Integer warrantyMonths) {
        if (receivedAt == null) {
            return "has no receipt from " + supplier + " on record";
        }
        if (warrantyMonths == null) {
            return "was received from " + supplier + " on " + receivedAt + " but no offer of " + supplier
                    + " gives a warranty for it";
        }
        return "was received from " + supplier + " on " + receivedAt + ", more than the " + warrantyMonths
                + " months of the supplier's warranty ago";
    }

    private static Map<String, Object> facts(String supplier, String sku, @Nullable String serial,
                                             @Nullable Instant receivedAt, @Nullable Integer warrantyMonths) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("supplier", supplier);
        facts.put("sku", sku);
        if (serial != null) {
            facts.put("serial", serial);
        }
        if (receivedAt != null) {
            facts.put("receivedAt", receivedAt.toString());
        }
        if (warrantyMonths != null) {
            facts.put("warrantyMonths", warrantyMonths);
        }
        return facts;
    }
}
