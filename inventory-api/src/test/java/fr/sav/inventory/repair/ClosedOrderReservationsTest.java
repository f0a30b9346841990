package fr.sav.inventory.repair;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A closed repair order holds nothing: closing it releases the reservations it still holds, and says so. */
class ClosedOrderReservationsTest extends ApiTest {

    @Test
    void aDeliveredOrderNoLongerHoldsItsThreePumps() {
        String pump = given.part();
        String store = given.store();
        String workshop = given.workshop();
        String waiting = given.location("AWAITING_CUSTOMER");
        given.receive(pump, store, 3, "NEW");
        String number = admin.post("/api/repair-orders", Map.of("description", "Lave-linge, ne vidange plus",
                "owner", "CUSTOMER", "origin", "CUSTOMER_DROP_OFF", "location", workshop)).expect(201).string("number");
        admin.post("/api/repair-orders/" + number + "/diagnose", Map.of("findings", "pompe", "estimatedCost", "20.00",
                "estimatedMinutes", 30)).expect(200);
        admin.post("/api/repair-orders/" + number + "/quote", Map.of("amount", "90.00", "location", waiting)).expect(200);
        admin.post("/api/repair-orders/" + number + "/approve", "{}").expect(200);
        admin.post("/api/repair-orders/" + number + "/start", "{}").expect(200);
        long reservation = admin.post("/api/reservations", Map.of("sku", pump, "quantity", 3, "reference", number))
                .expect(201).integer("id");

        Reply completed = admin.post("/api/repair-orders/" + number + "/complete", Map.of("condition", "REPAIRED",
                "laborMinutes", 30)).expect(200);
        Reply delivered = admin.post("/api/repair-orders/" + number + "/deliver", "{}").expect(200);

        assertEquals(List.of(Map.of("reservation", (int) reservation, "sku", pump, "quantity", 3)),
                completed.get("released"));
        assertEquals(List.of(), delivered.get("released"));
        assertEquals("RELEASED", admin.get("/api/reservations/" + reservation).string("status"));
        assertEquals(3, ((Number) given.level(pump, store, "NEW").get("available")).intValue());
    }

    @Test
    void aScrappedCompanyItemGivesBackThePartsReservedForItsRepair() {
        String board = given.part(Map.of("standardCost", "50.00"));
        String relay = given.part();
        String workshop = given.workshop();
        admin.post("/api/movements", Map.of("type", "RETURN", "sku", board, "toLocation", workshop)).expect(201);
        given.receive(relay, workshop, 2, "NEW");
        String number = admin.post("/api/repair-orders", Map.of("sku", board, "owner", "COMPANY",
                "origin", "STOCK_DEFECTIVE")).expect(201).string("number");
        admin.post("/api/reservations", Map.of("sku", relay, "quantity", 2, "reference", number)).expect(201);

        Reply scrapped = admin.post("/api/repair-orders/" + number + "/scrap", "{}").expect(200);

        assertEquals(1, ((List<?>) scrapped.get("released")).size());
        assertEquals(2, ((Number) given.level(relay, workshop, "NEW").get("available")).intValue());
        assertEquals(0, admin.get("/api/reservations?status=ACTIVE&reference=" + number).integer("total"));
    }
}
