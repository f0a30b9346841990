package fr.sav.inventory.stories;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The story tests' mother: an after-sales department with its own central store and workshop, and the steps its
 * people take over and over (a repair, a purchase received, a look at the ledger, the unit and the dashboard).
 */
public final class Department {

    private final Api api;
    private final Fixtures given;
    private final Api approver;
    public final String store;
    public final String workshop;
    public final String awaitingCustomer;

    public Department(Api admin, Api approver) {
        this.api = admin;
        this.given = new Fixtures(admin);
        this.approver = approver;
        this.store = given.store();
        this.workshop = given.workshop();
        this.awaitingCustomer = given.location("AWAITING_CUSTOMER");
    }

    /** A faulty company piece (a unit, when a serial is given) brought back to the workshop, and its repair order. */
    public String companyRepairOrder(String sku, @Nullable String serial) {
        Map<String, Object> piece = new HashMap<>(Map.of("sku", sku));
        if (serial != null) {
            piece.put("serial", serial);
        }
        Map<String, Object> returned = new HashMap<>(piece);
        returned.putAll(Map.of("type", "RETURN", "toLocation", workshop));
        api.post("/api/movements", returned).expect(201);
        piece.putAll(Map.of("owner", "COMPANY", "origin", "TECHNICIAN_RETURN", "location", workshop,
                "expectedDate", LocalDate.now().plusDays(3).toString()));
        return api.post("/api/repair-orders", piece).expect(201).string("number");
    }

    /** The repair order for a company unit already DEFECTIVE in the workshop. */
    public String companyRepairOrderFor(String sku, String serial) {
        return api.post("/api/repair-orders", Map.of("sku", sku, "serial", serial, "owner", "COMPANY",
                "origin", "STOCK_DEFECTIVE", "location", workshop)).expect(201).string("number");
    }

    /** A customer's item dropped off at the workshop. */
    public String customerDropOff(String sku, String serial, String customerRef) {
        return api.post("/api/repair-orders", Map.of("sku", sku, "serial", serial, "owner", "CUSTOMER",
                "origin", "CUSTOMER_DROP_OFF", "customerRef", customerRef, "location", workshop)).expect(201)
                .string("number");
    }

    /** Diagnosed as worth repairing, repaired in the workshop, completed in the condition given. */
    public Reply repair(String number, String condition, int laborMinutes) {
        diagnose(number, "10.00", 20);
        api.post("/api/repair-orders/" + number + "/start", "{}").expect(200);
        return api.post("/api/repair-orders/" + number + "/complete", Map.of("condition", condition,
                "laborMinutes", laborMinutes)).expect(200);
    }

    /** A customer's item repaired as quoted and approved, then picked up. */
    public Reply customerRepair(String number) {
        diagnose(number, "10.00", 20);
        quote(number, "45.00");
        api.post("/api/repair-orders/" + number + "/approve", "{}").expect(200);
        api.post("/api/repair-orders/" + number + "/start", "{}").expect(200);
        api.post("/api/repair-orders/" + number + "/complete", Map.of("condition", "REPAIRED", "laborMinutes", 20))
                .expect(200);
        return api.post("/api/repair-orders/" + number + "/deliver", "{}").expect(200);
    }

    /** The quote goes to the customer; the item waits in the awaiting-customer area. */
    public Reply quote(String number, String amount) {
        return api.post("/api/repair-orders/" + number + "/quote", Map.of("amount", amount, "location",
                awaitingCustomer)).expect(200);
    }

    public Reply diagnose(String number, String estimatedCost, int estimatedMinutes) {
        return api.post("/api/repair-orders/" + number + "/diagnose", Map.of("findings", "constaté en atelier",
                "estimatedCost", estimatedCost, "estimatedMinutes", estimatedMinutes)).expect(200);
    }

    /** The purchase request submitted, approved by another account, ordered and received whole into the store. */
    public Reply purchaseArrives(String number, String sku, int quantity) {
        api.post("/api/purchase-requests/" + number + "/submit", "{}").expect(200);
        approver.post("/api/purchase-requests/" + number + "/approve", "{}").expect(200);
        api.post("/api/purchase-requests/" + number + "/order", "{}").expect(200);
        return api.post("/api/purchase-requests/" + number + "/receive", Map.of("lines",
                List.of(Map.of("sku", sku, "quantity", quantity, "location", store)))).expect(200);
    }

    /** The ledger rows under a reference, oldest first, as "TYPE SKU CONDITION→CONDITION". */
    public List<String> ledger(String reference) {
        return rows(api.get("/api/movements?reference=" + reference + "&size=100").expect(200).items());
    }

    /** A unit's own history in the ledger, oldest first, as "TYPE SKU CONDITION→CONDITION". */
    public List<String> history(String serial) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> movements = (List<Map<String, Object>>) unit(serial).get("history");
        return rows(movements);
    }

    private static List<String> rows(List<Map<String, Object>> movements) {
        return movements.stream().sorted((a, b) -> Long.compare(((Number) a.get("id")).longValue(),
                ((Number) b.get("id")).longValue())).map(Department::row).toList();
    }

    private static String row(Map<String, Object> movement) {
        return movement.get("type") + " " + movement.get("sku") + " " + movement.get("fromCondition") + "→"
                + movement.get("toCondition");
    }

    public Map<String, Object> unit(String serial) {
        return api.get("/api/units/" + serial).expect(200).body();
    }

    public Map<String, Object> order(String number) {
        return api.get("/api/repair-orders/" + number).expect(200).body();
    }

    public int onHand(String sku, String location, String condition) {
        return given.onHand(sku, location, condition);
    }

    public int reserved(String sku, String location, String condition) {
        return ((Number) given.level(sku, location, condition).get("reserved")).intValue();
    }

    public Figures dashboard() {
        return new Figures(api.get("/api/dashboard").expect(200).body());
    }
}
