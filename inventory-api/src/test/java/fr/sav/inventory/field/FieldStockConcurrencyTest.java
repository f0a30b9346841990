package fr.sav.inventory.field;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Concurrently;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static fr.sav.inventory.field.FieldFixtures.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shipping a transfer order and issuing the same stock at the same time cannot oversell: the shipment takes all its
 * pieces or none, the issues take what is left, and pieces are never lost or doubled.
 */
class FieldStockConcurrencyTest extends ApiTest {

    private static final int PIECES = 5;
    private static final int ROUNDS = 4;

    @Test
    void aStoreShippingToAVanWhileTechniciansIssueTheSameStockNeverOversells() {
        FieldFixtures field = new FieldFixtures(admin);
        for (int round = 0; round < ROUNDS; round++) {
            String store = given.store();
            race(field, store, field.vanOf(store));
        }
    }

    @Test
    void aVanShippingBackToTheStoreWhileItsTechnicianIssuesNeverOversells() {
        FieldFixtures field = new FieldFixtures(admin);
        for (int round = 0; round < ROUNDS; round++) {
            String store = given.store();
            race(field, field.vanOf(store), store);
        }
    }

    @Test
    void anOrderShippedTwiceAtOnceLeavesOnceAndIsReceivedOnce() {
        FieldFixtures field = new FieldFixtures(admin);
        String store = given.store();
        String van = field.vanOf(store);
        String sku = given.part();
        given.receive(sku, store, PIECES * 2, "NEW");
        String number = field.order(store, van, List.of(line(sku, PIECES, "NEW")));

        List<Reply> ships = Concurrently.run(4, i -> admin.post("/api/transfer-orders/" + number + "/ship", "{}"));
        List<Reply> receipts = Concurrently.run(4, i -> admin.post("/api/transfer-orders/" + number + "/receive", "{}"));

        assertEquals(1, ships.stream().filter(r -> r.status() == 200).count());
        assertEquals(3, ships.stream().filter(r -> r.status() == 409).count());
        assertEquals(1, receipts.stream().filter(r -> r.status() == 200).count());
        assertEquals(PIECES, given.onHand(sku, store, "NEW"));
        assertEquals(PIECES, given.onHand(sku, van, "NEW"));
        assertEquals(0, field.inTransit(sku));
        assertEquals(2, field.ledger(sku, number).size(), "one TRANSFER out, one in");
    }

    /** One thread ships all the sender's pieces; five others each issue one of them. */
    private void race(FieldFixtures field, String sender, String receiver) {
        String sku = given.part();
        given.receive(sku, sender, PIECES, "NEW");
        String number = field.order(sender, receiver, List.of(line(sku, PIECES, "NEW")));

        List<Reply> replies = Concurrently.run(PIECES + 1, i -> i == 0
                ? admin.post("/api/transfer-orders/" + number + "/ship", "{}")
                : admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", sender,
                        "condition", "NEW", "reference", "INT-" + i)));

        boolean shipped = replies.get(0).status() == 200;
        long issued = replies.stream().skip(1).filter(r -> r.status() == 201).count();
        replies.forEach(r -> assertTrue(r.status() == 200 || r.status() == 201 || r.status() == 409, r.text()));
        int left = given.onHand(sku, sender, "NEW");
        int inTransit = field.inTransit(sku);
        assertEquals(shipped ? PIECES : 0, inTransit);
        assertEquals(shipped ? 0 : PIECES, issued, "the shipment took all or nothing; the issues took the rest");
        assertEquals(PIECES, left + inTransit + issued, "no piece lost or doubled");
        assertEquals(shipped ? "IN_TRANSIT" : "OPEN", admin.get("/api/transfer-orders/" + number).expect(200)
                .string("status"));
        assertEquals(shipped ? 1 : 0, field.ledger(sku, number).size());
        long issuesInLedger = admin.get("/api/movements?sku=" + sku + "&type=ISSUE").expect(200).items().size();
        assertEquals(issued, issuesInLedger);
    }
}
