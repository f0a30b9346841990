package fr.sav.inventory.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds what a test needs through the API, under random keys so that tests share the database safely. */
public final class Fixtures {

    private final Api api;

    public Fixtures(Api api) {
        this.api = api;
    }

    public static String key(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A GTIN-13 with a right check digit, different at each call. */
    public static String gtin() {
        String body = String.format("%012d", System.nanoTime() % 1_000_000_000_000L);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = body.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : digit * 3;
        }
        return body + (10 - sum % 10) % 10;
    }

    public String part() {
        return part(Map.of());
    }

    public String serializedPart() {
        return part(Map.of("serialized", true, "repairable", true));
    }

    /** A part with a random sku; extra fields override the defaults. */
    public String part(Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", key("P"));
        body.put("name", "Pompe de vidange " + body.get("sku"));
        body.put("family", "PUMP");
        body.put("standardCost", "42.50");
        body.putAll(fields);
        return api.post("/api/parts", body).expect(201).string("sku");
    }

    public String location(String kind) {
        return api.post("/api/locations", Map.of("code", key("L"), "name", "Emplacement " + kind, "kind", kind))
                .expect(201).string("code");
    }

    public String store() {
        return location("STORE");
    }

    public String workshop() {
        return location("WORKSHOP");
    }

    /** A company repair order for a piece of the part returned defective to the workshop, diagnosed and started. */
    public String startedRepair(String sku, String workshop, String origin) {
        api.post("/api/movements", Map.of("type", "RETURN", "sku", sku, "toLocation", workshop)).expect(201);
        String number = api.post("/api/repair-orders", Map.of("sku", sku, "owner", "COMPANY", "origin", origin,
                "location", workshop)).expect(201).string("number");
        api.post("/api/repair-orders/" + number + "/diagnose", Map.of("findings", "usure", "estimatedCost", "10.00",
                "estimatedMinutes", 30)).expect(200);
        api.post("/api/repair-orders/" + number + "/start", "{}").expect(200);
        return number;
    }

    public String supplier() {
        return api.post("/api/suppliers", Map.of("code", key("S"), "name", "Fournisseur", "leadTimeDays", 5))
                .expect(201).string("code");
    }

    public Reply receive(String sku, String location, int quantity, String condition) {
        return api.post("/api/movements", Map.of("type", "RECEIPT", "sku", sku, "toLocation", location,
                "quantity", quantity, "condition", condition)).expect(201);
    }

    public Reply receiveUnit(String sku, String serial, String location, String condition) {
        return api.post("/api/movements", Map.of("type", "RECEIPT", "sku", sku, "serial", serial,
                "toLocation", location, "condition", condition)).expect(201);
    }

    public String user(String... roles) {
        String username = key("u").toLowerCase();
        api.post("/api/users", Map.of("username", username, "password", TestUsers.PASSWORD, "roles", List.of(roles)))
                .expect(201);
        return username;
    }

    /** The level of a part at a location in a condition: {onHand, reserved, available}, zeros if none. */
    public Map<String, Object> level(String sku, String location, String condition) {
        List<Map<String, Object>> rows = api.get("/api/stock?sku=" + sku + "&location=" + location
                + "&condition=" + condition).expect(200).items();
        return rows.isEmpty() ? Map.of("onHand", 0, "reserved", 0, "available", 0) : rows.get(0);
    }

    public int onHand(String sku, String location, String condition) {
        return ((Number) level(sku, location, condition).get("onHand")).intValue();
    }
}
