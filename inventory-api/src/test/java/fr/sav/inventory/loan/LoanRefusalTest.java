package fr.sav.inventory.loan;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Concurrently;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.sav.inventory.loan.LoanFixtures.inDays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loans refused for bad input or a unit that may not go change nothing; racing loans of one unit, one wins. */
class LoanRefusalTest extends ApiTest {

    @Test
    void badInputIsRefusedAndChangesNothing() {
        LoanFixtures loans = new LoanFixtures(admin, "100.00");
        String store = given.store();
        String serial = loans.unit(store, "NEW", "100.00");
        String plainSku = given.part();
        given.receive(plainSku, store, 3, "NEW");

        lend(Map.of("sku", plainSku)).expectProblem(400, "invalid-request");
        lend(Map.of("customerRef", "C")).expectProblem(400, "invalid-request");
        lend(Map.of("serial", serial, "dueDate", inDays(-1).toString())).expectProblem(400, "invalid-request");
        admin.post("/api/loans", Map.of("serial", serial, "customerRef", "C")).expectProblem(400, "invalid-request");
        admin.post("/api/loans", Map.of("serial", serial, "dueDate", inDays(3).toString()))
                .expectProblem(400, "invalid-request");
        admin.post("/api/loans", Map.of("serial", serial, "customerRef", "C", "dueDate", "le 3 mars"))
                .expectProblem(400, "bad-request");
        lend(Map.of("serial", serial, "kind", "GIFT")).expectProblem(400, "bad-request");
        lend(Map.of("serial", Fixtures.key("NOPE"))).expectProblem(404, "not-found");
        lend(Map.of("serial", serial, "repairOrder", "RO-2026-999999")).expectProblem(404, "not-found");
        lend(Map.of("serial", serial, "sku", plainSku)).expectProblem(409, "serial-of-another-part")
                .expectFacts(Map.of("serial", serial));
        admin.post("/api/loans/LN-2026-999999/return", Map.of("location", store)).expectProblem(404, "not-found");

        assertEquals("IN_STOCK", loans.unitView(serial).string("status"));
        assertEquals(1, given.onHand(loans.sku, store, "NEW"));
        assertEquals(3, given.onHand(plainSku, store, "NEW"));
        assertEquals(1, loans.ledger().size(), "the receipt only");
        assertEquals(0, admin.get("/api/loans?sku=" + loans.sku).expect(200).integer("total"));
    }

    @Test
    void aUnitHeldOutOfStockDefectiveOrACustomersIsNotLent() {
        LoanFixtures loans = new LoanFixtures(admin, "100.00");
        String store = given.store();
        String workshop = given.workshop();
        String reserved = loans.unit(store, "NEW", "100.00");
        String repair = loans.customerRepair(workshop, "CLIENT-R1");
        admin.post("/api/reservations", Map.of("sku", loans.sku, "quantity", 1, "reference", repair, "serial", reserved))
                .expect(201);
        String defective = Fixtures.key("SN");
        admin.post("/api/movements", Map.of("type", "RETURN", "sku", loans.sku, "serial", defective,
                "toLocation", workshop)).expect(201);
        String customers = (String) admin.get("/api/repair-orders/" + repair).expect(200).get("serial");
        String lentOut = loans.unit(store, "USED", "40.00");
        String first = lend(Map.of("serial", lentOut)).expect(201).string("number");
        int rows = loans.ledger().size();

        Reply held = lend(Map.of("serial", reserved)).expectProblem(409, "unit-held");
        lend(Map.of("serial", defective)).expectProblem(409, "defective-not-usable");
        lend(Map.of("serial", customers)).expectProblem(409, "customer-owned")
                .expectFacts(Map.of("serial", customers));
        lend(Map.of("serial", lentOut)).expectProblem(409, "unit-not-available")
                .expectFacts(Map.of("serial", lentOut, "unitStatus", "AT_CUSTOMER"));
        admin.post("/api/loans/" + first + "/return", Map.of("location", store)).expectProblem(409, "defective-location");

        assertEquals(repair, held.string("holder"));
        assertEquals("RESERVED", loans.unitView(reserved).string("status"));
        assertEquals(1, ((Number) given.level(loans.sku, store, "NEW").get("reserved")).intValue());
        assertEquals(1, given.onHand(loans.sku, workshop, "DEFECTIVE"));
        assertEquals("AT_CUSTOMER", loans.unitView(lentOut).string("status"));
        assertEquals("LENT", admin.get("/api/loans/" + first).expect(200).string("status"));
        assertEquals(rows, loans.ledger().size(), "no refusal wrote to the ledger");
        assertEquals(1, admin.get("/api/loans?sku=" + loans.sku).expect(200).integer("total"));
    }

    @Test
    void aLentUnitComesBackOnlyByItsLoansReturn() {
        LoanFixtures loans = new LoanFixtures(admin, "100.00");
        String store = given.store();
        String workshop = given.workshop();
        String serial = loans.unit(store, "NEW", "100.00");
        String number = lend(Map.of("serial", serial)).expect(201).string("number");
        long issue = ((Number) loans.ledger().get(0).get("id")).longValue();

        admin.post("/api/movements/" + issue + "/reverse", Map.of("note", "oops")).expectProblem(409, "unit-held");
        admin.post("/api/movements", Map.of("type", "RETURN", "sku", loans.sku, "serial", serial, "toLocation", workshop))
                .expectProblem(409, "unit-held");
        admin.post("/api/movements", Map.of("type", "RECEIPT", "sku", loans.sku, "serial", serial, "toLocation", store))
                .expectProblem(409, "unit-held");
        admin.post("/api/repair-orders", Map.of("sku", loans.sku, "serial", serial, "owner", "CUSTOMER",
                "origin", "CUSTOMER_DROP_OFF", "location", workshop, "customerRef", "C"))
                .expectProblem(409, "serial-is-company-stock")
                .expectFacts(Map.of("serial", serial));

        Reply unit = loans.unitView(serial);
        assertEquals("AT_CUSTOMER", unit.string("status"));
        assertEquals("COMPANY", unit.string("owner"));
        assertEquals(number, unit.string("holder"));
        assertEquals(2, loans.ledger().size(), "receipt and issue only");
        assertEquals(0, given.onHand(loans.sku, store, "NEW"));
        admin.post("/api/loans/" + number + "/return", Map.of("location", workshop)).expect(200);
        assertEquals(1, given.onHand(loans.sku, workshop, "DEFECTIVE"));
    }

    @Test
    void ofLoansRacingForOneUnitExactlyOneWins() {
        LoanFixtures loans = new LoanFixtures(admin, "100.00");
        String store = given.store();
        String serial = loans.unit(store, "RECONDITIONED", "60.00");

        List<Reply> replies = Concurrently.run(6, i -> lend(Map.of("serial", serial, "customerRef", "RACE-" + i)));

        assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(), replies.toString());
        assertTrue(replies.stream().filter(r -> r.status() != 201).allMatch(r -> r.status() == 409
                && List.of("/problems/unit-held", "/problems/unit-not-available").contains(r.string("type"))),
                replies.toString());
        assertEquals(0, given.onHand(loans.sku, store, "RECONDITIONED"));
        assertEquals(1, loans.ledger().stream().filter(m -> "ISSUE".equals(m.get("type"))).count());
        assertEquals(1, admin.get("/api/loans?sku=" + loans.sku).expect(200).integer("total"));
        assertEquals("AT_CUSTOMER", loans.unitView(serial).string("status"));
    }

    @Test
    void loansRacingForTwoUnitsOfAPartTakeOneEachAndTheRestFindNone() {
        LoanFixtures loans = new LoanFixtures(admin, "100.00");
        String store = given.store();
        loans.unit(store, "RECONDITIONED", "60.00");
        loans.unit(store, "RECONDITIONED", "80.00");

        List<Reply> replies = Concurrently.run(5, i -> lend(Map.of("sku", loans.sku, "customerRef", "RACE-" + i)));

        List<Reply> won = replies.stream().filter(r -> r.status() == 201).toList();
        assertEquals(2, won.size(), replies.toString());
        assertTrue(replies.stream().filter(r -> r.status() != 201)
                .allMatch(r -> r.status() == 409 && "/problems/insufficient-stock".equals(r.string("type"))), replies.toString());
        assertTrue(!won.get(0).string("serial").equals(won.get(1).string("serial")));
        assertEquals(0, given.onHand(loans.sku, store, "RECONDITIONED"));
        assertEquals(2, loans.ledger().stream().filter(m -> "ISSUE".equals(m.get("type"))).count());
        // Both units left at the average of what they were received at: (60.00 + 80.00) / 2 = 70.00 each.
        won.forEach(r -> LoanFixtures.assertMoney("70.00", r.get("lentValue")));
        loans.assertValue(0, "0.00");
    }

    /** A loan of the part until next week to customer C, with these fields over those. */
    private Reply lend(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("customerRef", "C", "dueDate", inDays(7).toString()));
        body.putAll(fields);
        return admin.post("/api/loans", body);
    }
}
