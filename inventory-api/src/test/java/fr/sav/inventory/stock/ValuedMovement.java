package fr.sav.inventory.stock;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The body of a movement posted by the valuation tests: its places, unit cost and instant when given. */
final class ValuedMovement {

    private ValuedMovement() {
    }

    static Map<String, Object> body(String type, String sku, int quantity, String from, String to, String unitCost,
                                    Instant at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("sku", sku);
        body.put("quantity", quantity);
        if (from != null) {
            body.put("fromLocation", from);
        }
        if (to != null) {
            body.put("toLocation", to);
        }
        if (unitCost != null) {
            body.put("unitCost", unitCost);
        }
        if (at != null) {
            body.put("occurredAt", at.toString());
        }
        return body;
    }
}
