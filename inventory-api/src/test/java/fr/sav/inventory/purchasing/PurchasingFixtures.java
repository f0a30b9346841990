package fr.sav.inventory.purchasing;

import fr.sav.inventory.support.Api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** What purchasing tests set up and read through the API. */
final class PurchasingFixtures {

    private PurchasingFixtures() {
    }

    /** Sixty pieces received and issued over forty weeks: the part has a history and no stock left. */
    static void consumed(Api api, String sku, String store) {
        api.post("/api/movements", Map.of("type", "RECEIPT", "sku", sku, "toLocation", store, "quantity", 60,
                "condition", "NEW")).expect(201);
        Instant now = Instant.now();
        for (int week = 40; week >= 1; week--) {
            api.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", store, "quantity",
                    1 + week % 2, "reference", "TEST-RO-" + week, "occurredAt", now.minus(week * 7L, ChronoUnit.DAYS)
                            .toString())).expect(201);
        }
    }

    /**
     * A purchase request for the lines, created and ordered by the buyer, approved by the other account (four eyes);
     * answers its number.
     */
    static String ordered(Api buyer, Api approver, String supplier, List<Map<String, Object>> lines) {
        String number = buyer.post("/api/purchase-requests", Map.of("supplier", supplier, "lines", lines)).expect(201)
                .string("number");
        buyer.post("/api/purchase-requests/" + number + "/submit", "{}").expect(200);
        approver.post("/api/purchase-requests/" + number + "/approve", "{}").expect(200);
        buyer.post("/api/purchase-requests/" + number + "/order", "{}").expect(200);
        return number;
    }

    /** One unit bought from the supplier on a purchase request, ordered and received into the store; answers the request. */
    static String receivedThrough(Api buyer, Api approver, Api storekeeper, String supplier, String sku, String serial,
                                  String store) {
        String number = ordered(buyer, approver, supplier, List.of(Map.of("sku", sku, "quantity", 1)));
        storekeeper.post("/api/purchase-requests/" + number + "/receive", Map.of("lines", List.of(Map.of("sku", sku,
                "quantity", 1, "location", store, "serials", List.of(serial))))).expect(200);
        return number;
    }

    /** A unit (serial) or lot (serial null) received on a supplier's document this many days ago. */
    static void receivedAgo(Api api, String sku, String serial, int quantity, String store, String reference, int days) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("type", "RECEIPT", "sku", sku, "toLocation", store,
                "quantity", quantity, "reference", reference,
                "occurredAt", Instant.now().minus(days, ChronoUnit.DAYS).toString()));
        if (serial != null) {
            body.put("serial", serial);
        }
        api.post("/api/movements", body).expect(201);
    }

    /** The reorder suggestions for the parts of a family. */
    static List<Map<String, Object>> suggestions(Api api, String family) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) api.get("/api/reorder-suggestions?family="
                + family).expect(200).json();
        return rows;
    }
}
