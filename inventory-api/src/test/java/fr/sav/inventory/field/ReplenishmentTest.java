package fr.sav.inventory.field;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static fr.sav.inventory.field.FieldFixtures.line;
import static fr.sav.inventory.field.FieldFixtures.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** DOMAIN rule 18: the store proposes what to send each van, and one call turns the proposals into a transfer order. */
class ReplenishmentTest extends ApiTest {

    @Test
    void everyRuleBelowItsMinimumIsToppedUpToItsMaximumFromTheParentStore() {
        FieldFixtures field = new FieldFixtures(admin);
        String store = given.store();
        String van = field.vanOf(store);
        String pump = given.part();
        String seal = given.part();
        String board = given.part();
        given.receive(pump, van, 1, "NEW");
        given.receive(seal, van, 2, "NEW");
        given.receive(pump, store, 10, "NEW");
        given.receive(board, store, 2, "REPAIRED");
        field.rules(van, List.of(rule(pump, 2, 5), rule(seal, 2, 4), rule(board, 1, 6))).expect(200);

        List<Map<String, Object>> proposals = proposals(van, null);

        assertEquals(2, proposals.size(), "the seal is at its minimum: nothing proposed");
        Map<String, Object> forPump = of(proposals, pump);
        assertEquals(1, number(forPump, "onHand"));
        assertEquals(2, number(forPump, "min"));
        assertEquals(5, number(forPump, "max"));
        assertEquals(4, number(forPump, "proposed"), "max 5 − on hand 1");
        assertEquals(store, forPump.get("from"));
        Map<String, Object> forBoard = of(proposals, board);
        assertEquals(0, number(forBoard, "onHand"));
        assertEquals(2, number(forBoard, "proposed"), "6 wanted, the store has only 2");
    }

    @Test
    void fromOverridesTheParentStoreAndAVanWithoutParentMustSayWhereFrom() {
        FieldFixtures field = new FieldFixtures(admin);
        String store = given.store();
        String other = given.store();
        String van = field.vanOf(store);
        String orphan = given.location("VAN");
        String pump = given.part();
        given.receive(pump, other, 3, "NEW");
        field.rules(van, List.of(rule(pump, 1, 2))).expect(200);
        field.rules(orphan, List.of(rule(pump, 1, 2))).expect(200);

        Map<String, Object> proposal = proposals(van, other).get(0);

        assertEquals(other, proposal.get("from"));
        assertEquals(3, number(proposal, "available"));
        assertEquals(2, number(proposal, "proposed"));
        assertEquals(0, number(proposals(van, null).get(0), "proposed"), "the parent store has none");
        admin.get("/api/replenishment?location=" + orphan).expectProblem(400, "invalid-request");
        admin.get("/api/replenishment?location=NO-SUCH-VAN").expectProblem(404, "not-found");
        assertEquals(400, admin.get("/api/replenishment").status());
    }

    @Test
    void oneCallTurnsTheProposalsIntoATransferOrderAndWhatIsComingIsNotProposedAgain() {
        FieldFixtures field = new FieldFixtures(admin);
        String store = given.store();
        String van = field.vanOf(store);
        String pump = given.part();
        given.receive(pump, store, 10, "NEW");
        field.rules(van, List.of(rule(pump, 2, 5))).expect(200);

        Reply order = admin.post("/api/transfer-orders", Map.of("to", van, "fromReplenishment", true)).expect(201);

        assertEquals(store, order.string("from"));
        assertEquals(van, order.string("to"));
        Map<?, ?> only = (Map<?, ?>) ((List<?>) order.get("lines")).get(0);
        assertEquals(pump, only.get("sku"));
        assertEquals(5, ((Number) only.get("quantity")).intValue());
        assertEquals(List.of(), proposals(van, null), "5 are coming: the van is no longer below its minimum");
        admin.post("/api/transfer-orders", Map.of("to", van, "fromReplenishment", true))
                .expectProblem(409, "nothing-to-replenish");
        admin.post("/api/transfer-orders/" + order.string("number") + "/ship", "{}").expect(200);
        assertEquals(List.of(), proposals(van, null), "in transit is still coming");
        admin.post("/api/transfer-orders/" + order.string("number") + "/receive", "{}").expect(200);
        assertEquals(5, given.onHand(pump, van, "NEW"));
        assertEquals(List.of(), proposals(van, null));
    }

    /**
     * The company's reorder suggestion counts the store's, the van's and the in-transit stock as on hand, once: the
     * position is the same before the shipment, in transit and after the receipt.
     */
    @Test
    void reorderSuggestionsCountVanStockAndStockInTransitOnce() {
        FieldFixtures field = new FieldFixtures(admin);
        String family = Fixtures.key("FAM");
        String supplier = given.supplier();
        String sku = given.part(Map.of("family", family));
        String store = given.store();
        String van = field.vanOf(store);
        admin.post("/api/suppliers/" + supplier + "/offers", Map.of("supplierRef", "REF-" + sku, "sku", sku,
                "price", "12.50", "minOrderQty", 1, "packSize", 1, "leadTimeDays", 14, "preferred", true)).expect(200);
        given.receive(sku, store, 60, "NEW");
        Instant now = Instant.now();
        for (int week = 40; week >= 1; week--) {
            admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", store, "quantity", 1 + week % 2,
                    "reference", "TEST-RO-" + week, "occurredAt", now.minus(week * 7L, ChronoUnit.DAYS).toString()))
                    .expect(201);
        }
        given.receive(sku, van, 2, "NEW");
        assertEquals(2, onHandUsable(family), "60 received − 60 issued in the store (20 weeks × 1 + 20 × 2), 2 in the van");
        given.receive(sku, store, 2, "NEW");
        String number = field.order(store, van, List.of(line(sku, 1, "NEW")));
        int before = onHandUsable(family);

        admin.post("/api/transfer-orders/" + number + "/ship", "{}").expect(200);
        int inTransit = onHandUsable(family);
        admin.post("/api/transfer-orders/" + number + "/receive", "{}").expect(200);
        int after = onHandUsable(family);

        assertEquals(2 + 2, before, "store 2 + van 2");
        assertEquals(before, inTransit, "store 1 + van 2 + 1 in transit, counted once");
        assertEquals(before, after, "store 1 + van 3");
    }

    private int onHandUsable(String family) {
        List<?> rows = (List<?>) admin.get("/api/reorder-suggestions?family=" + family).expect(200).json();
        assertEquals(1, rows.size(), rows.toString());
        return ((Number) ((Map<?, ?>) rows.get(0)).get("onHandUsable")).intValue();
    }

    private List<Map<String, Object>> proposals(String location, String from) {
        return admin.get("/api/replenishment?location=" + location + (from == null ? "" : "&from=" + from))
                .expect(200).items();
    }

    private static Map<String, Object> of(List<Map<String, Object>> proposals, String sku) {
        return proposals.stream().filter(p -> sku.equals(p.get("sku"))).findFirst().orElseThrow();
    }

    private static int number(Map<String, Object> row, String field) {
        return ((Number) row.get(field)).intValue();
    }
}
