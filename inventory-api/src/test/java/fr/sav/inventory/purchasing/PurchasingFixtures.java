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

    /** The reorder suggestions for the parts of a family. */
    static List<Map<String, Object>> suggestions(Api api, String family) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) api.get("/api/reorder-suggestions?family="
                + family).expect(200).json();
        return rows;
    }
}
