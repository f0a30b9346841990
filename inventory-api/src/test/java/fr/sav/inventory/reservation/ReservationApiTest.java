package fr.sav.inventory.reservation;

import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReservationApiTest extends ApiTest {

    @Inject
    Reservations reservations;

    @Inject
    Sql sql;

    @Inject
    Transactions transactions;

    @Test
    void reservingHoldsStockThenFulfilIssuesItToTheRepairOrder() {
        String sku = given.part();
        String store = given.store();
        given.receive(sku, store, 3, "NEW");
        given.receive(sku, store, 1, "RECONDITIONED");

        Reply reserved = admin.post("/api/reservations", Map.of("sku", sku, "quantity", 1, "reference", "TEST-RO-777"))
                .expect(201);

        assertEquals("RECONDITIONED", reserved.string("condition"), "the eco-responsible choice first");
        assertEquals(store, reserved.string("location"));
        assertEquals(sku, reserved.string("sku"));
        assertEquals(1, ((Number) given.level(sku, store, "RECONDITIONED").get("reserved")).intValue());
        assertEquals(0, ((Number) given.level(sku, store, "RECONDITIONED").get("available")).intValue());
        assertEquals(1, given.onHand(sku, store, "RECONDITIONED"), "on hand stays while reserved");

        admin.post("/api/reservations/" + reserved.integer("id") + "/fulfil", "{}").expect(200);

        assertEquals(0, given.onHand(sku, store, "RECONDITIONED"));
        assertEquals(0, ((Number) given.level(sku, store, "RECONDITIONED").get("reserved")).intValue());
        var issued = admin.get("/api/movements?type=ISSUE&reference=TEST-RO-777&sku=" + sku).expect(200);
        assertEquals(1, issued.integer("total"));
        assertEquals("FULFILLED", admin.get("/api/reservations/" + reserved.integer("id")).string("status"));
        admin.post("/api/reservations/" + reserved.integer("id") + "/release", "{}").expectProblem(409, "invalid-transition")
                .expectFacts(Map.of("id", reserved.integer("id"), "currentStatus", "FULFILLED"));
    }

    @Test
    void aRequestForFiveIsServedThreeFromStockAndTwoFromAnEquivalent() {
        String sku = given.part();
        String equivalent = given.part();
        String store = given.store();
        given.receive(sku, store, 3, "NEW");
        given.receive(equivalent, store, 4, "REPAIRED");
        admin.put("/api/parts/" + sku + "/equivalents", Map.of("skus", List.of(equivalent))).expect(200);

        Reply availability = admin.get("/api/parts/" + sku + "/availability?quantity=5").expect(200);
        Reply reserved = admin.post("/api/reservations", Map.of("sku", sku, "quantity", 5, "reference", "RO-X")).expect(201);

        assertEquals(true, availability.get("covered"));
        List<?> lines = (List<?>) reserved.get("lines");
        assertEquals(2, lines.size());
        assertEquals(3, ((Number) ((Map<?, ?>) lines.get(0)).get("quantity")).intValue());
        assertEquals(equivalent, ((Map<?, ?>) lines.get(1)).get("sku"));
        assertEquals(2, ((Number) given.level(equivalent, store, "REPAIRED").get("reserved")).intValue());
        admin.post("/api/reservations", Map.of("sku", sku, "quantity", 1, "reference", "RO-Y", "allowEquivalents", false))
                .expectProblem(409, "insufficient-stock");
    }

    @Test
    void releasingGivesTheStockBack() {
        String sku = given.part();
        String store = given.store();
        given.receive(sku, store, 2, "USED");
        Reply reserved = admin.post("/api/reservations", Map.of("sku", sku, "quantity", 2, "reference", "RO-1")).expect(201);

        admin.post("/api/reservations/" + reserved.integer("id") + "/release", "{}").expect(200);

        assertEquals(2, ((Number) given.level(sku, store, "USED").get("available")).intValue());
        assertEquals("RELEASED", admin.get("/api/reservations?reference=RO-1&sku=" + sku).items().get(0).get("status"));
    }

    @Test
    void aReservationNothingCanServeIsRefusedWithTheOptionsAndCountedAsUnmetDemand() {
        String supplier = given.supplier();
        String sku = given.part();
        String store = given.store();
        given.receive(sku, store, 1, "NEW");
        admin.post("/api/suppliers/" + supplier + "/offers", Map.of("supplierRef", "R-" + sku, "sku", sku, "price", "12.00"))
                .expect(200);

        Reply refused = admin.post("/api/reservations", Map.of("sku", sku, "quantity", 4, "reference", "RO-2"));

        refused.expectProblem(409, "insufficient-stock");
        assertEquals(1, refused.integer("available"));
        List<?> options = (List<?>) refused.get("options");
        assertEquals("PURCHASE", ((Map<?, ?>) options.get(options.size() - 1)).get("source"));
        assertEquals(1, ((Number) given.level(sku, store, "NEW").get("available")).intValue(), "nothing was held");
        assertEquals(3L, unmetDemand(sku));
    }

    @Test
    void aRefusedIssueIsUnmetDemandToo() {
        String sku = given.part();
        String store = given.store();
        given.receive(sku, store, 1, "NEW");

        admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", store, "quantity", 3))
                .expectProblem(409, "insufficient-stock");

        assertEquals(2L, unmetDemand(sku));
    }

    @Test
    void aSerializedUnitIsReservedByItsSerial() {
        String sku = given.serializedPart();
        String store = given.store();
        String serial = Fixtures.key("SN");
        given.receiveUnit(sku, serial, store, "REPAIRED");

        Reply reserved = admin.post("/api/reservations", Map.of("sku", sku, "quantity", 1, "reference", "RO-3",
                "serial", serial)).expect(201);

        assertEquals(serial, reserved.string("serial"));
        assertEquals("RESERVED", admin.get("/api/units/" + serial).string("status"));
        Reply plainIssue = admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "serial", serial));
        plainIssue.expectProblem(409, "unit-held");
        assertEquals("RO-3", plainIssue.string("holder"));
        admin.post("/api/reservations/" + reserved.integer("id") + "/fulfil", "{}").expect(200);
        assertEquals("ISSUED", admin.get("/api/units/" + serial).string("status"));
    }

    @Test
    void reservationsPastTheirNeededByDateAndGraceExpire() {
        String sku = given.part();
        String store = given.store();
        given.receive(sku, store, 1, "NEW");
        Reply reserved = admin.post("/api/reservations", Map.of("sku", sku, "quantity", 1, "reference", "RO-4",
                "neededBy", LocalDate.now().minusDays(10).toString())).expect(201);

        int expired = reservations.expireNeededBefore(LocalDate.now().minusDays(2));

        assertTrue(expired >= 1);
        assertEquals("EXPIRED", admin.get("/api/reservations/" + reserved.integer("id")).string("status"));
        assertEquals(1, ((Number) given.level(sku, store, "NEW").get("available")).intValue());
    }

    @Test
    void badReservationsAreProblemsAndHoldNothing() {
        String sku = given.part();
        String store = given.store();
        String workshop = given.workshop();
        given.receive(sku, workshop, 2, "DEFECTIVE");
        given.receive(sku, store, 1, "NEW");

        admin.post("/api/reservations", Map.of("sku", sku, "quantity", 0, "reference", "R")).expectProblem(400, "invalid-request");
        admin.post("/api/reservations", Map.of("sku", sku, "quantity", 1)).expectProblem(400, "invalid-request");
        admin.post("/api/reservations", Map.of("sku", "NOPE-" + sku, "quantity", 1, "reference", "R")).expectProblem(404, "not-found");
        admin.post("/api/reservations", Map.of("sku", sku, "quantity", 1, "reference", "R", "condition", "DEFECTIVE"))
                .expectProblem(400, "invalid-request");
        admin.post("/api/reservations/999999999/fulfil", "{}").expectProblem(404, "not-found");
        admin.get("/api/parts/" + sku + "/availability?quantity=0").expectProblem(400, "invalid-request");

        assertEquals(0, ((Number) given.level(sku, store, "NEW").get("reserved")).intValue());
        assertEquals(0, ((Number) given.level(sku, workshop, "DEFECTIVE").get("reserved")).intValue());
    }

    private long unmetDemand(String sku) {
        return transactions.read(() -> sql.count("SELECT COALESCE(SUM(u.quantity), 0) FROM unmet_demand u "
                + "JOIN part p ON p.id = u.part_id WHERE p.sku = ?", sku));
    }
}
