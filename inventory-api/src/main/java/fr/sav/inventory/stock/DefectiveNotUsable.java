package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Conflict;
import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;

/** Refused: DEFECTIVE stock issued to something other than a repair order, a supplier return or a subcontractor. */
final class DefectiveNotUsable extends Conflict {

    DefectiveNotUsable(String sku, Place from, @Nullable String reference) {
        super("defective-not-usable", "Defective stock serves no intervention",
                "DEFECTIVE " + sku + " at " + from.location().code() + " is issued only to a repair order (RO-...), "
                        + "a supplier return (RV-...) or a subcontractor (its code)"
                        + (reference == null ? "; give one as reference" : ", not to '" + reference + "'"),
                facts(sku, from, reference));
    }

    private static Map<String, Object> facts(String sku, Place from, @Nullable String reference) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("sku", sku);
        facts.put("location", from.location().code());
        facts.put("condition", from.condition().name());
        if (reference != null) {
            facts.put("reference", reference);
        }
        return facts;
    }
}
