package fr.sav.inventory.stock;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Concurrently;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import fr.sav.inventory.support.TestUsers;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** After a random mixed workload, replaying the ledger gives exactly the stock levels. */
class LedgerReplayTest extends ApiTest {

    private static final String[] CONDITIONS = {"NEW", "REPAIRED", "RECONDITIONED", "USED", "DEFECTIVE"};

    @Test
    void replayingTheLedgerAfterARandomConcurrentWorkloadGivesTheLevels() {
        Random random = new Random(20261123);
        List<String> parts = List.of(given.part(), given.part(), given.part());
        String serialized = given.serializedPart();
        List<String> places = List.of(given.store(), given.store(), given.workshop());
        List<String> serials = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            serials.add(Fixtures.key("SN"));
        }
        List<Map<String, Object>> workload = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            workload.add(randomMovement(random, parts, places));
        }
        for (int i = 0; i < 60; i++) {
            workload.add(randomUnitMovement(random, serialized, serials, places));
        }
        Api client = admin.login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

        List<Reply> replies = Concurrently.run(workload.size(), i -> client.post("/api/movements", workload.get(i)));

        replies.forEach(r -> assertTrue(r.status() == 201 || r.status() == 409 || r.status() == 400,
                () -> "unexpected " + r.status() + ": " + r.text()));
        assertTrue(replies.stream().filter(r -> r.status() == 201).count() > 150, "the workload mostly succeeded");
        Reply audit = admin.get("/api/stock/audit").expect(200);
        assertEquals(true, audit.get("consistent"), audit.text());
        assertEquals(List.of(), audit.get("mismatches"));
    }

    private static Map<String, Object> randomMovement(Random random, List<String> parts, List<String> places) {
        Map<String, Object> body = new LinkedHashMap<>();
        String type = pick(random, "RECEIPT", "RECEIPT", "ISSUE", "TRANSFER", "REGRADE", "ADJUSTMENT", "SCRAP", "RETURN");
        String from = pick(random, places);
        String to = pick(random, places);
        String condition = CONDITIONS[random.nextInt(CONDITIONS.length)];
        body.put("type", type);
        body.put("sku", pick(random, parts));
        switch (type) {
            case "RECEIPT" -> {
                body.put("toLocation", to);
                body.put("condition", condition);
                body.put("quantity", 1 + random.nextInt(5));
            }
            case "RETURN" -> body.put("toLocation", places.get(2));
            case "ISSUE", "SCRAP" -> {
                body.put("fromLocation", from);
                body.put("condition", condition);
            }
            case "TRANSFER" -> {
                body.put("fromLocation", from);
                body.put("toLocation", from.equals(to) ? places.get((places.indexOf(from) + 1) % places.size()) : to);
                body.put("condition", condition);
                body.put("quantity", 1 + random.nextInt(2));
            }
            case "REGRADE" -> {
                body.put("fromLocation", from);
                body.put("fromCondition", condition);
                body.put("toCondition", CONDITIONS[(List.of(CONDITIONS).indexOf(condition) + 1) % CONDITIONS.length]);
            }
            default -> {
                body.put("toLocation", to);
                body.put("condition", condition);
                body.put("delta", random.nextBoolean() ? 2 : -1);
                body.put("note", "count");
            }
        }
        return body;
    }

    private static Map<String, Object> randomUnitMovement(Random random, String sku, List<String> serials,
                                                          List<String> places) {
        Map<String, Object> body = new LinkedHashMap<>();
        String type = pick(random, "RECEIPT", "ISSUE", "RETURN", "TRANSFER", "REGRADE", "SCRAP");
        body.put("type", type);
        body.put("sku", sku);
        body.put("serial", pick(random, serials));
        switch (type) {
            case "RECEIPT" -> body.put("toLocation", pick(random, places));
            case "RETURN" -> body.put("toLocation", places.get(2));
            case "TRANSFER" -> body.put("toLocation", pick(random, places));
            case "REGRADE" -> body.put("toCondition", CONDITIONS[random.nextInt(CONDITIONS.length)]);
            default -> { }
        }
        return body;
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
