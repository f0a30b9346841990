package fr.sav.inventory.repair;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A customer's item not worth repairing goes back unrepaired, or is scrapped with consent; never as if it were ours. */
class UnrepairedCustomerItemTest extends ApiTest {

    @Test
    void aCustomersItemNotWorthRepairingIsHandedBackUnrepairedWithItsDiagnosisFee() {
        String sku = given.part(Map.of("serialized", true, "repairable", true, "standardCost", "100.00"));
        String pump = given.part();
        String workshop = given.workshop();
        given.receive(pump, workshop, 1, "NEW");
        String number = dropOff(sku, Fixtures.key("CUST"), workshop);
        admin.post("/api/reservations", Map.of("sku", pump, "quantity", 1, "reference", number)).expect(201);

        Reply diagnosed = admin.post("/api/repair-orders/" + number + "/diagnose", Map.of("findings", "moteur grillé",
                "estimatedCost", "90.00", "estimatedMinutes", 60)).expect(200);
        Reply ready = admin.post("/api/repair-orders/" + number + "/return-unrepaired", Map.of("fee", "25.00"))
                .expect(200);
        admin.post("/api/repair-orders/" + number + "/deliver", "{}").expect(200);
        Reply delivered = admin.get("/api/repair-orders/" + number).expect(200);

        assertEquals("RETURN_UNREPAIRED", diagnosed.string("recommendation"), diagnosed.string("recommendationReason"));
        assertNull(diagnosed.get("outcome"), "an open order has no outcome yet");
        assertEquals("READY_FOR_PICKUP", ready.string("status"));
        assertEquals("UNREPAIRED", ready.string("outcome"));
        assertEquals(25.00, ((Number) ready.get("diagnosisFee")).doubleValue());
        assertEquals(1, ((List<?>) ready.get("released")).size(), "closing releases what the order held");
        assertEquals("DELIVERED", delivered.string("status"));
        assertEquals("UNREPAIRED", delivered.string("outcome"));
        assertEquals(25.00, ((Number) delivered.get("diagnosisFee")).doubleValue());
    }

    @Test
    void returningACompanyItemUnrepairedIsNotAllowed() {
        String sku = given.part(Map.of("standardCost", "50.00"));
        String workshop = given.workshop();
        admin.post("/api/movements", Map.of("type", "RETURN", "sku", sku, "toLocation", workshop)).expect(201);
        String number = admin.post("/api/repair-orders", Map.of("sku", sku, "owner", "COMPANY",
                "origin", "STOCK_DEFECTIVE")).expect(201).string("number");

        admin.post("/api/repair-orders/" + number + "/return-unrepaired", "{}").expectProblem(409, "invalid-transition")
                .expectFacts(Map.of("number", number, "currentStatus", "RECEIVED", "action", "return-unrepaired"));
    }

    @Test
    void scrappingACustomersItemNeedsTheirConsentAndTouchesNoStock() {
        String sku = given.part(Map.of("serialized", true, "repairable", true, "standardCost", "100.00"));
        String workshop = given.workshop();
        String number = dropOff(sku, Fixtures.key("CUST"), workshop);
        admin.post("/api/repair-orders/" + number + "/diagnose", Map.of("findings", "carte brûlée",
                "estimatedCost", "95.00", "estimatedMinutes", 30)).expect(200);

        Reply refused = admin.post("/api/repair-orders/" + number + "/scrap", "{}")
                .expectProblem(409, "customer-consent-required");
        Reply scrapped = admin.post("/api/repair-orders/" + number + "/scrap", Map.of("customerConsent", true))
                .expect(200);

        assertEquals(number, refused.string("number"));
        assertEquals("CLIENT-7", refused.string("customerRef"));
        assertEquals("SCRAPPED", scrapped.string("status"));
        assertEquals("SCRAPPED", scrapped.string("outcome"));
        assertEquals(0, admin.get("/api/movements?sku=" + sku).expect(200).integer("total"),
                "a customer's item is not our stock: no movement");
    }

    @Test
    void aRepairedCompanyItemShowsHowItEnded() {
        String sku = given.part(Map.of("standardCost", "50.00"));
        String workshop = given.workshop();
        admin.post("/api/movements", Map.of("type", "RETURN", "sku", sku, "toLocation", workshop)).expect(201);
        String number = admin.post("/api/repair-orders", Map.of("sku", sku, "owner", "COMPANY",
                "origin", "STOCK_DEFECTIVE")).expect(201).string("number");
        admin.post("/api/repair-orders/" + number + "/diagnose", Map.of("findings", "joint",
                "estimatedCost", "5.00", "estimatedMinutes", 10)).expect(200);
        admin.post("/api/repair-orders/" + number + "/start", "{}").expect(200);

        Reply completed = admin.post("/api/repair-orders/" + number + "/complete", Map.of("condition", "RECONDITIONED",
                "laborMinutes", 10)).expect(200);

        assertEquals("RECONDITIONED", completed.string("outcome"));
    }

    private String dropOff(String sku, String serial, String workshop) {
        return admin.post("/api/repair-orders", Map.of("sku", sku, "serial", serial, "owner", "CUSTOMER",
                "origin", "CUSTOMER_DROP_OFF", "location", workshop, "customerRef", "CLIENT-7")).expect(201)
                .string("number");
    }
}
