package fr.sav.inventory.reservation;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Concurrently;
import fr.sav.inventory.support.Reply;
import fr.sav.inventory.support.TestUsers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReservationConcurrencyTest extends ApiTest {

    @Test
    void thirtyConcurrentReservationsForTheLastTenReserveExactlyTen() {
        Api client = admin.login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        String sku = given.part();
        String store = given.store();
        given.receive(sku, store, 10, "NEW");

        List<Reply> replies = Concurrently.run(30, i -> client.post("/api/reservations",
                Map.of("sku", sku, "quantity", 1, "reference", "RO-C-" + i)));

        assertEquals(10, replies.stream().filter(r -> r.status() == 201).count(),
                () -> replies.stream().map(Reply::status).toList().toString());
        replies.stream().filter(r -> r.status() != 201).forEach(r -> r.expectProblem(409, "insufficient-stock"));
        Map<String, Object> level = given.level(sku, store, "NEW");
        assertEquals(10, ((Number) level.get("reserved")).intValue());
        assertEquals(10, ((Number) level.get("onHand")).intValue());
        assertEquals(10, admin.get("/api/reservations?status=ACTIVE&sku=" + sku).integer("total"));
    }

    @Test
    void aReservationAndAnIssueRacingForTheLastPieceCannotBothWin() {
        Api client = admin.login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        for (int round = 0; round < 15; round++) {
            String sku = given.part();
            String store = given.store();
            given.receive(sku, store, 1, "NEW");

            List<Reply> replies = Concurrently.run(2, i -> i == 0
                    ? client.post("/api/reservations", Map.of("sku", sku, "quantity", 1, "reference", "RO-R"))
                    : client.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", store)));

            assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(), "round " + round);
            replies.stream().filter(r -> r.status() != 201).forEach(r -> r.expectProblem(409, "insufficient-stock"));
            Map<String, Object> level = given.level(sku, store, "NEW");
            int onHand = ((Number) level.get("onHand")).intValue();
            int reserved = ((Number) level.get("reserved")).intValue();
            assertTrue(onHand == 1 && reserved == 1 || onHand == 0 && reserved == 0,
                    "either reserved (on hand 1, reserved 1) or issued (0, 0): " + level);
        }
    }
}
