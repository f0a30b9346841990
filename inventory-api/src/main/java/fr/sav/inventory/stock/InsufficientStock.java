package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Conflict;

import java.util.LinkedHashMap;
import java.util.Map;

/** Refused: the movement would make on-hand or available stock negative. Says how much was available. */
public final class InsufficientStock extends Conflict {

    private final String sku;
    private final int shortfall;

    public InsufficientStock(String sku, String location, String condition, int requested, int available) {
        super("insufficient-stock", "Not enough stock",
                requested + " × " + sku + (condition == null ? "" : " " + condition) + " wanted at " + location + "; "
                        + available + " available",
                facts(sku, location, condition, requested, available));
        this.sku = sku;
        this.shortfall = Math.max(0, requested - available);
    }

    public String sku() {
        return sku;
    }

    /** How many pieces stock could not serve. */
    public int shortfall() {
        return shortfall;
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
