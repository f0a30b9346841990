package fr.sav.inventory.stock;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Concurrently;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** POST /api/movements/{id}/reverse: the movement that puts stock back exactly where and as it was, once. */
class MovementReversalTest extends ApiTest {

    @Test
    void aReceiptIsTakenBackByTheOppositeAdjustmentOnceOnly() {
        String sku = given.part();
        String store = given.store();
        long receipt = id(given.receive(sku, store, 5, "RECONDITIONED"));

        Reply reversal = admin.post("/api/movements/" + receipt + "/reverse", Map.of("note", "scanned twice")).expect(201);

        assertEquals("ADJUSTMENT", reversal.string("type"));
        assertEquals(-5, reversal.integer("delta"));
        assertEquals("scanned twice", reversal.string("note"));
        assertEquals(0, given.onHand(sku, store, "RECONDITIONED"));
        admin.post("/api/movements/" + receipt + "/reverse", Map.of()).expectProblem(409, "already-reversed")
                .expectFacts(Map.of("movement", receipt, "reversedBy", reversal.get("id")));
        assertEquals(((Number) reversal.get("id")).longValue(),
                ((Number) admin.post("/api/movements/" + receipt + "/reverse", Map.of()).get("reversedBy")).longValue());
        assertEquals(0, given.onHand(sku, store, "RECONDITIONED"));
    }

    @Test
    void anIssueComesBackToItsShelfAsItWasAndATransferGoesBack() {
        String sku = given.part();
        String store = given.store();
        String bin = given.location("BIN");
        given.receive(sku, store, 5, "USED");
        long issue = id(admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", store,
                "quantity", 2, "reference", "RO-TEST-1", "condition", "USED")).expect(201));
        long transfer = id(admin.post("/api/movements", Map.of("type", "TRANSFER", "sku", sku, "fromLocation", store,
                "toLocation", bin, "quantity", 3, "condition", "USED")).expect(201));

        Reply back = userWith("STOREKEEPER").post("/api/movements/" + issue + "/reverse", Map.of()).expect(201);
        admin.post("/api/movements/" + transfer + "/reverse", Map.of()).expect(201);

        assertEquals("RECEIPT", back.string("type"));
        assertEquals("RO-TEST-1", back.string("reference"));
        assertEquals(5, given.onHand(sku, store, "USED"));
        assertEquals(0, given.onHand(sku, bin, "USED"));
    }

    @Test
    void aReversalWhoseStockIsGoneIsRefusedAndChangesNothing() {
        String sku = given.part();
        String store = given.store();
        long receipt = id(given.receive(sku, store, 4, "NEW"));
        admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", store, "quantity", 3,
                "reference", "RO-TEST-2")).expect(201);

        admin.post("/api/movements/" + receipt + "/reverse", Map.of()).expectProblem(409, "insufficient-stock");

        assertEquals(1, given.onHand(sku, store, "NEW"));
        assertEquals(2, admin.get("/api/movements?sku=" + sku).integer("total"));
    }

    @Test
    void twoReversalsOfOneMovementAtOnceTakeItBackOnce() {
        String sku = given.part();
        String store = given.store();
        given.receive(sku, store, 10, "NEW");
        long receipt = id(given.receive(sku, store, 3, "NEW"));

        List<Reply> replies = Concurrently.run(6, i -> admin.post("/api/movements/" + receipt + "/reverse", Map.of()));

        assertEquals(1, replies.stream().filter(reply -> reply.status() == 201).count(), replies.toString());
        replies.stream().filter(reply -> reply.status() != 201).forEach(reply -> reply.expectProblem(409, "already-reversed"));
        assertEquals(10, given.onHand(sku, store, "NEW"));
    }

    @Test
    void onlyThoseWhoPostMovementsReverseThemAndAScrapIsNotReversed() {
        String sku = given.part();
        String store = given.store();
        long receipt = id(given.receive(sku, store, 2, "NEW"));
        long scrap = id(admin.post("/api/movements", Map.of("type", "SCRAP", "sku", sku, "fromLocation", store,
                "quantity", 1, "note", "dropped")).expect(201));

        userWith("BUYER").post("/api/movements/" + receipt + "/reverse", Map.of()).expectProblem(403, "forbidden");
        admin.post("/api/movements/" + scrap + "/reverse", Map.of()).expectProblem(409, "not-reversible")
                .expectFacts(Map.of("movement", scrap, "movementType", "SCRAP"));
        admin.post("/api/movements/999999999/reverse", Map.of()).expectProblem(404, "not-found");
        assertEquals(1, given.onHand(sku, store, "NEW"));
    }

    private static long id(Reply movement) {
        return ((Number) movement.get("id")).longValue();
    }
}
