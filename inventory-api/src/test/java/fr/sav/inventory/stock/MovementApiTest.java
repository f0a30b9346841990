package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Idempotency;
import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.Concurrently;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MovementApiTest extends ApiTest {

    @Test
    void receivingThenIssuingMovesTheLevelAndTheLedgerKeepsBoth() {
        String sku = given.part();
        String store = given.store();

        given.receive(sku, store, 5, "NEW");
        Reply issue = admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", store,
                "quantity", 2, "reference", "TEST-RO-1")).expect(201);

        assertEquals("NEW", issue.string("fromCondition"));
        assertEquals("admin", issue.string("recordedBy"));
        assertEquals(3, given.onHand(sku, store, "NEW"));
        List<Map<String, Object>> ledger = admin.get("/api/movements?sku=" + sku).expect(200).items();
        assertEquals(List.of("ISSUE", "RECEIPT"), ledger.stream().map(m -> m.get("type")).toList());
        assertEquals(1, admin.get("/api/movements?reference=TEST-RO-1&sku=" + sku).integer("total"));
    }

    @Test
    void anIssueWithoutConditionTakesTheMostPreferredUsableStock() {
        String sku = given.part();
        String workshop = given.workshop();
        given.receive(sku, workshop, 2, "NEW");
        given.receive(sku, workshop, 1, "RECONDITIONED");
        given.receive(sku, workshop, 4, "DEFECTIVE");

        Reply first = issue(sku, workshop, 1);
        Reply second = issue(sku, workshop, 2);
        Reply third = issue(sku, workshop, 1);

        assertEquals("RECONDITIONED", first.string("fromCondition"));
        assertEquals("NEW", second.string("fromCondition"));
        third.expectProblem(409, "insufficient-stock");
        assertEquals(0, third.integer("available"));
        assertEquals(4, given.onHand(sku, workshop, "DEFECTIVE"), "defective stock never serves a repair");
    }

    @Test
    void aReturnAlwaysLandsDefectiveInTheWorkshop() {
        String sku = given.part();
        String workshop = given.workshop();
        String store = given.store();

        Reply returned = admin.post("/api/movements", Map.of("type", "RETURN", "sku", sku, "toLocation", workshop,
                "quantity", 2, "condition", "NEW", "reference", "TECH-12")).expect(201);

        assertEquals("DEFECTIVE", returned.string("toCondition"));
        assertEquals(2, given.onHand(sku, workshop, "DEFECTIVE"));
        admin.post("/api/movements", Map.of("type", "RETURN", "sku", sku, "toLocation", store))
                .expectProblem(409, "defective-location");
        assertEquals(0, given.onHand(sku, store, "DEFECTIVE"));
    }

    @Test
    void transfersRegradesAdjustmentsAndScrapsMoveTheRightLevels() {
        String sku = given.part();
        String workshop = given.workshop();
        String store = given.store();
        given.receive(sku, workshop, 3, "DEFECTIVE");

        admin.post("/api/movements", Map.of("type", "REGRADE", "sku", sku, "fromLocation", workshop,
                "fromCondition", "DEFECTIVE", "toCondition", "REPAIRED", "quantity", 2)).expect(201);
        admin.post("/api/movements", Map.of("type", "TRANSFER", "sku", sku, "fromLocation", workshop, "toLocation", store,
                "condition", "REPAIRED", "quantity", 2)).expect(201);
        admin.post("/api/movements", Map.of("type", "SCRAP", "sku", sku, "fromLocation", workshop)).expect(201);
        Reply adjustment = admin.post("/api/movements", Map.of("type", "ADJUSTMENT", "sku", sku, "toLocation", store,
                "condition", "REPAIRED", "delta", -1, "note", "inventaire annuel")).expect(201);

        assertEquals(-1, adjustment.integer("delta"));
        assertEquals(0, given.onHand(sku, workshop, "DEFECTIVE"));
        assertEquals(0, given.onHand(sku, workshop, "REPAIRED"));
        assertEquals(1, given.onHand(sku, store, "REPAIRED"));
        var stock = admin.get("/api/parts/" + sku + "/stock").expect(200);
        assertEquals(1, stock.integer("onHand"));
        assertEquals(1, stock.integer("usableAvailable"));
    }

    @Test
    void aSerializedUnitIsFollowedThroughEveryMovementAndCountsItsReturns() {
        String sku = given.serializedPart();
        String store = given.store();
        String workshop = given.workshop();
        String serial = Fixtures.key("SN");
        given.receiveUnit(sku, serial, store, "RECONDITIONED");

        admin.post("/api/movements", Map.of("type", "ISSUE", "code", "U:" + serial, "reference", "EX-2026-000001"))
                .expect(201);
        admin.post("/api/movements", Map.of("type", "RETURN", "sku", sku, "serial", serial, "toLocation", workshop))
                .expect(201);

        Reply unit = admin.get("/api/units/" + serial).expect(200);
        assertEquals("IN_STOCK", unit.string("status"));
        assertEquals("DEFECTIVE", unit.string("condition"));
        assertEquals(workshop, unit.string("location"));
        assertEquals(1, unit.integer("returnCount"));
        assertEquals(3, ((List<?>) unit.get("history")).size());
        assertEquals(1, given.onHand(sku, workshop, "DEFECTIVE"));
        assertEquals(0, given.onHand(sku, store, "RECONDITIONED"));
    }

    @Test
    void aUnitCannotBeReceivedTwiceNorIssuedFromWhereItIsNot() {
        String sku = given.serializedPart();
        String store = given.store();
        String other = given.store();
        String serial = Fixtures.key("SN");
        given.receiveUnit(sku, serial, store, "NEW");

        admin.post("/api/movements", Map.of("type", "RECEIPT", "sku", sku, "serial", serial, "toLocation", other))
                .expectProblem(409, "unit-in-stock")
                .expectFacts(Map.of("serial", serial));
        admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "serial", serial, "fromLocation", other))
                .expectProblem(409, "unit-elsewhere")
                .expectFacts(Map.of("serial", serial));

        assertEquals(1, given.onHand(sku, store, "NEW"));
        assertEquals(0, given.onHand(sku, other, "NEW"));
    }

    @Test
    void theSameIdempotencyKeyMovesStockOnceAndAnswersTheSame() {
        String sku = given.part();
        String store = given.store();
        given.receive(sku, store, 5, "NEW");
        String key = Fixtures.key("scan");
        var scanner = admin.header("Idempotency-Key", key);
        Map<String, Object> body = Map.of("type", "ISSUE", "sku", sku, "fromLocation", store, "reference", "RO-1");

        Reply first = scanner.post("/api/movements", body).expect(201);
        Reply again = scanner.post("/api/movements", body).expect(201);
        Reply different = scanner.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", store,
                "quantity", 2));

        assertEquals(first.text(), again.text());
        different.expectProblem(409, "idempotency-key-reused")
                .expectFacts(Map.of("key", key));
        assertEquals(4, given.onHand(sku, store, "NEW"));
        assertEquals(1, admin.get("/api/movements?type=ISSUE&sku=" + sku).integer("total"));
    }

    @Test
    void eightScansOfOneKeyAtOnceMoveStockOnceAndAllAnswerTheFirstResult() {
        String sku = given.part();
        String store = given.store();
        given.receive(sku, store, 5, "NEW");
        var scanner = admin.header("Idempotency-Key", Fixtures.key("twin"));
        Map<String, Object> body = Map.of("type", "ISSUE", "sku", sku, "fromLocation", store, "reference", "RO-2");

        List<Reply> replies = Concurrently.run(8, i -> scanner.post("/api/movements", body));

        replies.forEach(reply -> reply.expect(201));
        assertEquals(1, replies.stream().map(Reply::text).distinct().count());
        assertEquals(4, given.onHand(sku, store, "NEW"));
        assertEquals(1, admin.get("/api/movements?type=ISSUE&sku=" + sku).integer("total"));
    }

    @Test
    void theSameIdempotencyKeyFromAnotherAccountIsAnotherRequest() {
        String sku = given.part();
        String store = given.store();
        given.receive(sku, store, 5, "NEW");
        String key = Fixtures.key("scan");
        var storekeeper = userWith("STOREKEEPER").header("Idempotency-Key", key);
        Map<String, Object> body = Map.of("type", "ISSUE", "sku", sku, "fromLocation", store, "reference", "RO-1");
        Reply first = storekeeper.post("/api/movements", body).expect(201);

        Reply manager = userWith("MANAGER").header("Idempotency-Key", key).post("/api/movements", body).expect(201);
        Reply another = userWith("MANAGER").header("Idempotency-Key", key).post("/api/movements",
                Map.of("type", "ISSUE", "sku", sku, "fromLocation", store, "quantity", 2)).expect(201);
        Reply repeated = storekeeper.post("/api/movements", body).expect(201);

        assertNotEquals(first.get("id"), manager.get("id"));
        assertNotEquals(first.string("recordedBy"), manager.string("recordedBy"));
        assertEquals(2, another.integer("quantity"));
        assertEquals(first.text(), repeated.text());
        assertEquals(1, given.onHand(sku, store, "NEW"));
        assertEquals(3, admin.get("/api/movements?type=ISSUE&sku=" + sku).integer("total"));
    }

    @Test
    void aScannedCodeFindsThePartByLabelGtinOrManufacturerReference() {
        String reference = Fixtures.key("MREF");
        String sku = given.part(Map.of("manufacturerRef", reference));
        String store = given.store();

        admin.post("/api/movements", Map.of("type", "RECEIPT", "code", "P:" + sku.toLowerCase(), "toLocation", store))
                .expect(201);
        admin.post("/api/movements", Map.of("type", "RECEIPT", "code", reference, "toLocation", store)).expect(201);
        admin.post("/api/movements", Map.of("type", "RECEIPT", "code", "L:" + store, "toLocation", store))
                .expectProblem(400, "invalid-request");

        assertEquals(2, given.onHand(sku, store, "NEW"));
        Reply scan = admin.get("/api/scan/L:" + store).expect(200);
        assertEquals("LOCATION", scan.string("kind"));
        assertNotNull(((Map<?, ?>) scan.get("summary")).get("name"));
        admin.get("/api/scan/NOTHING-" + sku).expectProblem(404, "not-found");
    }

    private Reply issue(String sku, String location, int quantity) {
        return admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", location,
                "quantity", quantity));
    }

    @Test
    void aRefusalForLackOfStockNamesTheOtherPlacesAndConditionsThatHoldThePart() {
        String sku = given.part();
        String binA = given.location("BIN");
        String binB = given.location("BIN");
        given.receive(sku, binA, 2, "NEW");
        given.receive(sku, binA, 3, "REPAIRED");
        given.receive(sku, binB, 4, "NEW");

        Reply refused = admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", binA,
                "condition", "NEW", "quantity", 3, "reference", "RO-2026-000777")).expectProblem(409, "insufficient-stock");

        refused.expectFacts(Map.of("sku", sku, "location", binA, "condition", "NEW", "requested", 3, "available", 2));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> elsewhere = (List<Map<String, Object>>) refused.get("elsewhere");
        assertEquals(List.of(Map.of("location", binB, "condition", "NEW", "available", 4),
                Map.of("location", binA, "condition", "REPAIRED", "available", 3)), elsewhere);
        assertTrue(refused.string("detail").contains("4 NEW at " + binB), refused.string("detail"));
        assertEquals(2, given.onHand(sku, binA, "NEW"), "nothing moved");
    }

    @Test
    void aRegradeHappensInPlace() {
        String sku = given.part();
        String store = given.store();
        String workshop = given.workshop();
        given.receive(sku, store, 2, "USED");

        Reply refused = admin.post("/api/movements", Map.of("type", "REGRADE", "sku", sku, "fromLocation", store,
                "toLocation", workshop, "fromCondition", "USED", "toCondition", "REPAIRED")).expectProblem(400,
                "invalid-request");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) refused.get("errors");
        assertEquals(List.of("toLocation regrade-in-place"), errors.stream().map(e -> e.get("field") + " " + e.get("rule"))
                .toList());
        assertEquals(2, given.onHand(sku, store, "USED"), "nothing moved");
    }

    @Test
    void theLedgerFindsWhatOneAccountRecorded() {
        String sku = given.part();
        String store = given.store();
        Api storekeeper = userWith("STOREKEEPER");
        given.receive(sku, store, 3, "NEW");
        Reply mine = storekeeper.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", store,
                "reference", "RO-2026-000778")).expect(201);

        List<Map<String, Object>> found = admin.get("/api/movements?recordedBy=" + mine.string("recordedBy").toUpperCase()
                + "&size=5").expect(200).items();

        assertEquals(List.of(((Number) mine.get("id")).longValue()),
                found.stream().map(m -> ((Number) m.get("id")).longValue()).toList(), "spelling aside, only its own");
    }
}
