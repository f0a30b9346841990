package fr.sav.inventory.repair;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepairOrderFlowTest extends ApiTest {

    @Test
    void aDefectivePieceFromStockIsDiagnosedRepairedAndComesBackUsable() {
        String sku = given.part(Map.of("standardCost", "100.00", "repairable", true));
        String spare = given.part(Map.of("standardCost", "8.00"));
        String workshop = given.workshop();
        admin.post("/api/movements", Map.of("type", "RETURN", "sku", sku, "toLocation", workshop)).expect(201);
        given.receive(spare, workshop, 2, "NEW");

        Reply order = admin.post("/api/repair-orders", Map.of("sku", sku, "owner", "COMPANY", "origin", "TECHNICIAN_RETURN",
                "expectedDate", LocalDate.now().plusDays(5).toString())).expect(201);
        String number = order.string("number");

        assertTrue(number.matches("RO-\\d{4}-\\d{6}"), number);
        assertEquals("RECEIVED", order.string("status"));
        assertEquals(workshop, order.string("location"), "the service found the workshop holding it");
        assertEquals(0, ((Number) given.level(sku, workshop, "DEFECTIVE").get("available")).intValue(), "held for the order");
        assertEquals(1, admin.get("/api/parts/" + sku + "/stock").integer("inRepair"));
        Reply diagnosed = admin.post("/api/repair-orders/" + number + "/diagnose", Map.of("findings", "roulement HS",
                "estimatedCost", "30.00", "estimatedMinutes", 20)).expect(200);
        assertEquals("REPAIR", diagnosed.string("recommendation"));
        assertEquals(List.of("start", "send-to-subcontractor", "scrap"), diagnosed.get("allowedActions"));
        admin.post("/api/repair-orders/" + number + "/start", "{}").expect(200);
        Reply reservation = admin.post("/api/reservations", Map.of("sku", spare, "quantity", 2, "reference", number)).expect(201);
        admin.post("/api/reservations/" + reservation.integer("id") + "/fulfil", "{}").expect(200);
        Reply completed = admin.post("/api/repair-orders/" + number + "/complete", Map.of("condition", "REPAIRED",
                "laborMinutes", 60)).expect(200);

        assertEquals("COMPLETED", completed.string("status"));
        assertEquals(16.0, ((Number) completed.get("partsCost")).doubleValue(), "2 × 8.00 issued against the order");
        assertEquals(45.0, ((Number) completed.get("laborCost")).doubleValue(), "60 min at 45.00 an hour");
        assertEquals(61.0, ((Number) completed.get("totalCost")).doubleValue());
        assertEquals(1, given.onHand(sku, workshop, "REPAIRED"));
        assertEquals(0, given.onHand(sku, workshop, "DEFECTIVE"));
        assertEquals(0, admin.get("/api/parts/" + sku + "/stock").integer("inRepair"));
        assertEquals(4, ((List<?>) admin.get("/api/repair-orders/" + number).get("history")).size(),
                "received, diagnosed, started, completed");
    }

    @Test
    void aCustomersItemGoesThroughQuoteSubcontractorAndPickupWithoutEverBeingStock() {
        String sku = given.serializedPart();
        String workshop = given.workshop();
        String waiting = given.location("AWAITING_CUSTOMER");
        String supplier = given.supplier();
        String subcontractor = admin.post("/api/locations", Map.of("code", supplier, "name", "Sous-traitant",
                "kind", "SUBCONTRACTOR")).expect(201).string("code");
        String serial = Fixtures.key("CUST");

        String number = admin.post("/api/repair-orders", Map.of("sku", sku, "serial", serial, "owner", "CUSTOMER",
                "origin", "CUSTOMER_DROP_OFF", "location", workshop, "customerRef", "CLIENT-42")).expect(201).string("number");
        admin.post("/api/repair-orders/" + number + "/diagnose", Map.of("findings", "carte HS", "estimatedCost", "80.00",
                "estimatedMinutes", 30)).expect(200);
        admin.post("/api/repair-orders/" + number + "/start", "{}").expectProblem(409, "invalid-transition")
                .expectFacts(Map.of("number", number, "currentStatus", "DIAGNOSED", "action", "start"));
        Reply quoted = admin.post("/api/repair-orders/" + number + "/quote", Map.of("amount", "120.00", "location", waiting))
                .expect(200);
        assertEquals(waiting, quoted.string("location"));
        admin.post("/api/repair-orders/" + number + "/approve", "{}").expect(200);
        Reply sent = admin.post("/api/repair-orders/" + number + "/send-to-subcontractor", Map.of("supplier", supplier,
                "expectedDate", LocalDate.now().minusDays(1).toString())).expect(200);
        assertEquals(subcontractor, sent.string("location"));
        assertEquals(true, sent.get("overdue"));
        assertTrue(admin.get("/api/repair-orders?overdue=true&size=500").items().stream()
                .anyMatch(o -> number.equals(o.get("number"))));
        admin.post("/api/repair-orders/" + number + "/receive-from-subcontractor", Map.of("cost", "50.00")).expect(200);
        Reply done = admin.post("/api/repair-orders/" + number + "/complete", Map.of("condition", "REPAIRED",
                "laborMinutes", 20)).expect(200);
        admin.post("/api/repair-orders/" + number + "/deliver", "{}").expect(200);

        assertEquals("READY_FOR_PICKUP", done.string("status"));
        assertEquals(65.0, ((Number) done.get("totalCost")).doubleValue(), "15.00 labour + 50.00 subcontracting");
        assertEquals("AT_CUSTOMER", admin.get("/api/units/" + serial).string("status"));
        assertEquals("CUSTOMER", admin.get("/api/units/" + serial).string("owner"));
        Reply stock = admin.get("/api/parts/" + sku + "/stock").expect(200);
        assertEquals(0, stock.integer("onHand"), "a customer's item is never company stock");
        assertEquals(0, stock.integer("inRepair"));
        assertEquals("REPAIR_ORDER", admin.get("/api/scan/" + number).string("kind"));
    }

    @Test
    void aRefusedQuoteEndsTheOrderReadyForPickup() {
        String workshop = given.workshop();
        String waiting = given.location("AWAITING_CUSTOMER");
        String number = admin.post("/api/repair-orders", Map.of("description", "Téléviseur 55 pouces, pas d'image",
                "owner", "CUSTOMER", "origin", "CUSTOMER_DROP_OFF", "location", workshop)).expect(201).string("number");
        admin.post("/api/repair-orders/" + number + "/diagnose", Map.of("findings", "dalle", "estimatedCost", "400.00",
                "estimatedMinutes", 90)).expect(200);
        admin.post("/api/repair-orders/" + number + "/quote", Map.of("amount", "450.00", "location", waiting)).expect(200);

        Reply refused = admin.post("/api/repair-orders/" + number + "/refuse", Map.of("note", "trop cher")).expect(200);

        assertEquals("READY_FOR_PICKUP", refused.string("status"));
        assertEquals(List.of("deliver"), refused.get("allowedActions"));
        Reply wrong = admin.post("/api/repair-orders/" + number + "/complete", Map.of("condition", "REPAIRED",
                "laborMinutes", 1));
        wrong.expectProblem(409, "invalid-transition")
                .expectFacts(Map.of("number", number, "currentStatus", "READY_FOR_PICKUP", "action", "complete"));
        assertEquals(List.of("deliver"), wrong.get("allowed"));
    }

    @Test
    void theEconomicRuleRecommendsScrapAndScrappingHarvestsComponents() {
        String relay = given.part();
        String board = given.part(Map.of("standardCost", "50.00"));
        admin.put("/api/parts/" + board + "/components", Map.of("components", List.of(Map.of("sku", relay, "quantity", 2))))
                .expect(200);
        String quarantine = given.location("QUARANTINE");
        admin.post("/api/movements", Map.of("type", "RETURN", "sku", board, "toLocation", quarantine)).expect(201);
        String number = admin.post("/api/repair-orders", Map.of("sku", board, "owner", "COMPANY",
                "origin", "STOCK_DEFECTIVE")).expect(201).string("number");

        Reply diagnosed = admin.post("/api/repair-orders/" + number + "/diagnose", Map.of("findings", "brûlée",
                "estimatedCost", "45.00", "estimatedMinutes", 120)).expect(200);
        admin.post("/api/repair-orders/" + number + "/scrap", Map.of("harvest",
                List.of(Map.of("sku", relay, "quantity", 3)))).expectProblem(400, "invalid-request");
        Reply scrapped = admin.post("/api/repair-orders/" + number + "/scrap", Map.of("harvest",
                List.of(Map.of("sku", relay, "quantity", 2, "condition", "USED")))).expect(200);

        assertEquals("SCRAP", diagnosed.string("recommendation"));
        assertTrue(diagnosed.string("recommendationReason").contains("270 %"), diagnosed.string("recommendationReason"));
        assertEquals("SCRAPPED", scrapped.string("status"));
        assertEquals(0, given.onHand(board, quarantine, "DEFECTIVE"));
        assertEquals(2, given.onHand(relay, quarantine, "USED"));
        assertEquals(34.0, ((Number) admin.get("/api/movements?type=RECEIPT&reference=" + number).items().get(0)
                .get("value")).doubleValue(), "harvested USED at 0.4 of the relay's standard cost (42.50)");
        assertEquals(10.0, ((Number) admin.get("/api/movements?type=SCRAP&reference=" + number).items().get(0)
                .get("value")).doubleValue(), "the board leaves at its DEFECTIVE value (0.2 of 50.00)");
        assertEquals(true, admin.get("/api/stock/audit").get("consistent"));
    }

    @Test
    void anOrderForCompanyStockNeedsDefectiveStockInTheWorkshop() {
        String sku = given.part();
        String store = given.store();
        given.receive(sku, store, 1, "NEW");

        admin.post("/api/repair-orders", Map.of("sku", sku, "owner", "COMPANY", "origin", "STOCK_DEFECTIVE"))
                .expectProblem(409, "not-defective-stock")
                .expectFacts(Map.of("sku", sku));
        admin.post("/api/repair-orders", Map.of("owner", "COMPANY", "origin", "STOCK_DEFECTIVE"))
                .expectProblem(400, "invalid-request");
        admin.post("/api/repair-orders", Map.of("sku", sku, "owner", "NOBODY", "origin", "STOCK_DEFECTIVE"))
                .expectProblem(400, "bad-request");
        admin.post("/api/repair-orders/RO-1999-000001/diagnose", Map.of("findings", "x", "estimatedCost", "1",
                "estimatedMinutes", 1)).expectProblem(404, "not-found");

        assertEquals(0, admin.get("/api/repair-orders?sku=" + sku).integer("total"));
        assertNull(given.level(sku, store, "NEW").get("missing"));
    }
}
