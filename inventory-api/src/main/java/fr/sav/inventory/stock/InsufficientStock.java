package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Conflict;

import java.util.LinkedHashMap;
import java.util.Map;

/** Refused: the movement would make on-hand or available stock negative. Says how much was available. */
public final class InsufficientStock extends Conflict {

    public InsufficientStock(String sku, String location, String condition, int requested, int available) {
        super("insufficient-stock", "Not enough stock",
                requested + " × " + sku + (condition == null ? "" : " " + condition) + " wanted at " + location + "; "
                        + available + " available",
                facts(sku, location, condition, requested, available));
    }

    private static Map<String, Object> facts(String sku, String location, String condition, int requested, int available) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("sku", sku);
        facts.put("location", location);
        if (condition != null) {
            facts.put("condition", condition);
        }
        facts.put("requested", requested);
        facts.put("available", available);
        return facts;
    }
}
