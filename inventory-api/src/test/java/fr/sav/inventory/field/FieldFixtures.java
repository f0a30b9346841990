package fr.sav.inventory.field;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;

import java.util.List;
import java.util.Map;

/** A store with a van under it, rules set, and transfer orders made, shipped and received over HTTP. */
final class FieldFixtures {

    private final Api api;

    FieldFixtures(Api api) {
        this.api = api;
    }

    /** A van whose parent is the store. */
    String vanOf(String store) {
        return api.post("/api/locations", Map.of("code", Fixtures.key("VAN"), "name", "Camion", "kind", "VAN",
                "parent", store)).expect(201).string("code");
    }

    static Map<String, Object> rule(String sku, int min, int max) {
        return Map.of("sku", sku, "min", min, "max", max);
    }

    Reply rules(String location, List<Map<String, Object>> rules) {
        return api.put("/api/locations/" + location + "/stock-rules", Map.of("rules", rules));
    }

    static Map<String, Object> line(String sku, int quantity, String condition) {
        return condition == null ? Map.of("sku", sku, "quantity", quantity)
                : Map.of("sku", sku, "quantity", quantity, "condition", condition);
    }

    /** An OPEN transfer order's number. */
    String order(String from, String to, List<Map<String, Object>> lines) {
        return api.post("/api/transfer-orders", Map.of("from", from, "to", to, "lines", lines)).expect(201)
                .string("number");
    }

    /** A transfer order shipped: its stock in transit. */
    String shipped(String from, String to, List<Map<String, Object>> lines) {
        String number = order(from, to, lines);
        api.post("/api/transfer-orders/" + number + "/ship", "{}").expect(200);
        return number;
    }

    int inTransit(String sku) {
        return api.get("/api/parts/" + sku + "/stock").expect(200).integer("inTransit");
    }

    List<Map<String, Object>> ledger(String sku, String reference) {
        return api.get("/api/movements?sku=" + sku + "&reference=" + reference).expect(200).items();
    }
}
