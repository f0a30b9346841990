package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DOMAIN rule 19: hand-set policies stand instead of the forecast until their day or 26 weeks of own history. */
class StockPolicyTest extends ApiTest {

    @Inject
    Sql sql;

    @Inject
    Transactions transactions;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aSupplierRecommendationSetsTheLevelsOfAPartWithoutHistory() {
        String family = Fixtures.key("POL");
        String sku = partWithOffer(family);
        LocalDate until = today.plusDays(90);

        Map<String, Object> policy = admin.put("/api/parts/" + sku + "/stock-policy", Map.of("min", 2, "max", 6,
                "until", until.toString(), "note", "ACME recommends 2 to 6")).expect(200).body();
        List<Map<String, Object>> rows = PurchasingFixtures.suggestions(admin, family);

        assertEquals(true, policy.get("applies"));
        assertEquals(0, ((Number) policy.get("ownHistoryWeeks")).intValue());
        assertEquals(1, rows.size(), rows.toString());
        Map<String, Object> row = rows.get(0);
        assertEquals("HAND_SET", row.get("levelsFrom"));
        assertEquals(List.of(2, 6, 6), List.of(row.get("reorderPoint"), row.get("orderUpTo"), row.get("suggestedQuantity")));
        assertTrue(((String) row.get("explanation")).startsWith("Hand-set policy (\"ACME recommends 2 to 6\", set by "
                + policy.get("setBy") + " on " + today + ", until " + until + "): reorder point 2 (min), order-up-to 6 (max), "
                + "instead of the forecast until " + until + " or until the part has 26 weeks of its own history (it has 0). "
                + "Position 0 usable − 0 reserved + 0 on order + 0 in repair × 0.8 yield + 0 cores due = 0, below 2. "
                + "Needed 6 − 0 = 6, rounded up: 6 pieces"), (String) row.get("explanation"));
    }

    @Test
    void theInitialQuantityStandsUntilThePartIsFirstStockedThenMinAndMax() {
        String family = Fixtures.key("POL");
        String sku = partWithOffer(family);
        String store = given.store();
        admin.put("/api/parts/" + sku + "/stock-policy", Map.of("initialQuantity", 5, "min", 1, "max", 3,
                "note", "dotation initiale, nouvelle gamme")).expect(200);

        Map<String, Object> first = PurchasingFixtures.suggestions(admin, family).get(0);
        given.receive(sku, store, 2, "NEW");
        List<Map<String, Object>> stocked = PurchasingFixtures.suggestions(admin, family);
        admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", store, "quantity", 2,
                "reference", "TEST-RO-POL")).expect(201);
        Map<String, Object> emptied = PurchasingFixtures.suggestions(admin, family).get(0);

        assertEquals(List.of(5, 5, 5), List.of(first.get("reorderPoint"), first.get("orderUpTo"), first.get("suggestedQuantity")));
        assertTrue(((String) first.get("explanation")).contains("initial provisioning of 5 while nothing of the part "
                + "was ever received: reorder point 5, order-up-to 5"), (String) first.get("explanation"));
        assertEquals(List.of(), stocked, "2 in stock is not below the min of 1");
        assertEquals(List.of(1, 3, 3), List.of(emptied.get("reorderPoint"), emptied.get("orderUpTo"),
                emptied.get("suggestedQuantity")));
        assertEquals("HAND_SET", emptied.get("levelsFrom"));
    }

    @Test
    void aPolicyWhoseDayHasPassedLeavesTheLevelsToTheForecastAndSaysSo() {
        String family = Fixtures.key("POL");
        String sku = partWithOffer(family);
        consumedOverTenWeeks(sku);
        Map<String, Object> set = admin.put("/api/parts/" + sku + "/stock-policy", Map.of("min", 40, "max", 50,
                "until", today.toString(), "note", "promotion")).expect(200).body();
        LocalDate yesterday = today.minusDays(1);
        assertEquals(1, (int) transactions.write(() -> sql.update("UPDATE stock_policy p JOIN part x ON x.id = p.part_id "
                + "SET p.until = ? WHERE x.sku = ?", yesterday, sku)));

        Map<String, Object> row = PurchasingFixtures.suggestions(admin, family).get(0);
        Map<String, Object> policy = admin.get("/api/parts/" + sku + "/stock-policy").expect(200).body();

        String ended = "The hand-set policy (\"promotion\", set by " + set.get("setBy") + " on " + today + ", until "
                + yesterday + ") ended on " + yesterday + ": the forecast sets the levels.";
        assertEquals("FORECAST", row.get("levelsFrom"));
        assertTrue(((Number) row.get("orderUpTo")).intValue() < 40, row.toString());
        assertTrue(((String) row.get("explanation")).startsWith(ended + " "), (String) row.get("explanation"));
        assertEquals(false, policy.get("applies"));
        assertEquals(ended, policy.get("reason"));
        assertEquals(10, ((Number) policy.get("ownHistoryWeeks")).intValue());
    }

    @Test
    void twentySixWeeksOfOwnHistoryEndThePolicy() {
        String family = Fixtures.key("POL");
        String sku = partWithOffer(family);
        PurchasingFixtures.consumed(admin, sku, given.store());
        Map<String, Object> set = admin.put("/api/parts/" + sku + "/stock-policy", Map.of("max", 200,
                "note", "supplier kit")).expect(200).body();

        Map<String, Object> row = PurchasingFixtures.suggestions(admin, family).get(0);

        assertEquals("FORECAST", row.get("levelsFrom"));
        assertTrue(((String) row.get("explanation")).startsWith("The hand-set policy (\"supplier kit\", set by "
                + set.get("setBy") + " on " + today + ") no longer applies: the part has 40 weeks of its own history "
                + "(26 needed), the forecast sets the levels. "), (String) row.get("explanation"));
        assertEquals(false, set.get("applies"));
    }

    @Test
    void badPoliciesAreRefusedAndChangeNothingAndAPolicyIsCleared() {
        String sku = given.part();
        String path = "/api/parts/" + sku + "/stock-policy";
        admin.put(path, Map.of("min", 1, "max", 4, "note", "first")).expect(200);

        admin.put(path, Map.of("min", 5, "max", 2, "note", "backwards")).expectProblem(400, "invalid-request");
        admin.put(path, Map.of("min", 1, "max", 4)).expectProblem(400, "invalid-request");
        admin.put(path, Map.of("min", 1, "note", " ")).expectProblem(400, "invalid-request");
        admin.put(path, Map.of("note", "no level")).expectProblem(400, "invalid-request");
        admin.put(path, Map.of("min", -1, "note", "negative")).expectProblem(400, "invalid-request");
        admin.put(path, Map.of("initialQuantity", 0, "note", "zero")).expectProblem(400, "invalid-request");
        admin.put(path, Map.of("max", 3, "until", today.minusDays(1).toString(), "note", "past"))
                .expectProblem(400, "invalid-request");
        admin.put("/api/parts/NO-SUCH-PART/stock-policy", Map.of("max", 3, "note", "x")).expectProblem(404, "not-found");
        Map<String, Object> kept = admin.get(path).expect(200).body();
        boolean listed = ((List<?>) admin.get("/api/stock-policies").expect(200).json()).stream()
                .anyMatch(p -> sku.equals(((Map<?, ?>) p).get("sku")));

        assertEquals(List.of(1, 4, "first"), List.of(kept.get("min"), kept.get("max"), kept.get("note")));
        assertTrue(listed);

        admin.delete(path).expect(204);
        admin.get(path).expectProblem(404, "not-found");
        admin.delete(path).expectProblem(404, "not-found");
        userWith("STOREKEEPER").put(path, Map.of("max", 3, "note", "x")).expectProblem(403, "forbidden");
        admin.get(path).expectProblem(404, "not-found");
    }

    private String partWithOffer(String family) {
        String supplier = given.supplier();
        String sku = given.part(Map.of("family", family));
        admin.post("/api/suppliers/" + supplier + "/offers", Map.of("supplierRef", "REF-" + sku, "sku", sku,
                "price", "4.00", "minOrderQty", 1, "packSize", 1, "leadTimeDays", 14, "preferred", true)).expect(200);
        return sku;
    }

    /** Two a week over the last ten weeks, nothing left: ten weeks of the part's own history. */
    private void consumedOverTenWeeks(String sku) {
        String store = given.store();
        given.receive(sku, store, 20, "NEW");
        Instant now = Instant.now();
        for (int week = 10; week >= 1; week--) {
            Map<String, Object> issue = new HashMap<>(Map.of("type", "ISSUE", "sku", sku, "fromLocation", store,
                    "quantity", 2, "reference", "TEST-RO-" + week));
            issue.put("occurredAt", now.minus(week * 7L, ChronoUnit.DAYS).toString());
            admin.post("/api/movements", issue).expect(201);
        }
    }
}
