package fr.sav.inventory.purchasing;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Returns to vendor: stock leaves at once, then the supplier credits, replaces or rejects; warranty is checked. */
class SupplierReturnTest extends ApiTest {

    private Api buyer;
    private Api storekeeper;

    @BeforeAll
    void accounts() {
        buyer = userWith("BUYER");
        storekeeper = userWith("STOREKEEPER");
    }

    @Test
    void aDeadOnArrivalUnitLeavesStockAtOnceAndACreditSettlesTheReturn() {
        String supplier = given.supplier();
        String sku = given.serializedPart();
        String store = given.store();
        String serial = Fixtures.key("SN");
        String order = receivedThrough(supplier, sku, serial, store);

        Reply shipped = storekeeper.post("/api/supplier-returns", Map.of("supplier", supplier, "reason", "DOA",
                "purchaseRequest", order, "lines", List.of(Map.of("sku", sku, "quantity", 1, "serial", serial,
                        "location", store)))).expect(201);
        String number = shipped.string("number");
        storekeeper.post("/api/supplier-returns/" + number + "/credit", Map.of("amount", "120.50"))
                .expectProblem(403, "forbidden");
        Reply credited = buyer.post("/api/supplier-returns/" + number + "/credit", Map.of("amount", "120.50")).expect(200);

        assertTrue(number.matches("RV-\\d{4}-\\d{6}"), number);
        assertEquals("SHIPPED", shipped.string("status"));
        assertEquals(order, shipped.string("purchaseRequest"));
        assertEquals(0, given.onHand(sku, store, "NEW"));
        Reply unit = admin.get("/api/units/" + serial).expect(200);
        assertEquals("AT_SUPPLIER", unit.string("status"), unit.text());
        Reply movements = admin.get("/api/movements?type=SUPPLIER_RETURN&reference=" + number).expect(200);
        assertEquals(1, movements.integer("total"));
        assertEquals(serial, movements.items().get(0).get("serial"));
        assertEquals("CREDITED", credited.string("status"));
        assertEquals(120.5, ((Number) credited.get("creditAmount")).doubleValue());
        assertEquals("EUR", credited.string("currency"));
        assertEquals("CREDITED", admin.get("/api/supplier-returns/" + number).expect(200).string("status"));
        buyer.post("/api/supplier-returns/" + number + "/reject", Map.of("note", "x", "location", given.workshop()))
                .expectProblem(409, "invalid-transition")
                .expectFacts(Map.of("number", number, "currentStatus", "CREDITED", "action", "reject", "allowed", List.of()));
        List<Map<String, Object>> listed = admin.get("/api/supplier-returns?supplier=" + supplier).expect(200).items();
        assertEquals(List.of(number), listed.stream().map(r -> r.get("number")).toList());
    }

    @Test
    void returnedStockLeavesAtTheAverageAndItsReplacementComesBackAtTheSameValue() {
        String supplier = given.supplier();
        String sku = given.part(Map.of("standardCost", "50.00"));
        String store = given.store();
        admin.post("/api/movements", Map.of("type", "RECEIPT", "sku", sku, "toLocation", store, "quantity", 10,
                "unitCost", "10.00")).expect(201);
        admin.post("/api/movements", Map.of("type", "RECEIPT", "sku", sku, "toLocation", store, "quantity", 10,
                "unitCost", "20.00")).expect(201);
        String number = buyer.post("/api/supplier-returns", Map.of("supplier", supplier, "reason", "WRONG_PART",
                "lines", List.of(Map.of("sku", sku, "quantity", 4, "location", store)))).expect(201).string("number");

        Map<String, Object> out = admin.get("/api/movements?type=SUPPLIER_RETURN&reference=" + number).items().get(0);
        buyer.post("/api/supplier-returns/" + number + "/replace", Map.of("location", store,
                "lines", List.of(Map.of("sku", sku, "quantity", 4)))).expect(200);
        Map<String, Object> back = admin.get("/api/movements?type=RECEIPT&reference=" + number).items().get(0);

        assertEquals(15.0, ((Number) out.get("unitValue")).doubleValue(), "out at the moving average, not 50.00");
        assertEquals(60.0, ((Number) out.get("value")).doubleValue());
        assertEquals(15.0, ((Number) back.get("unitValue")).doubleValue(), "the replacement at what left");
        assertEquals(60.0, ((Number) back.get("value")).doubleValue());
    }

    @Test
    void aReplacementIsReceivedIntoStockUnderTheReturnsNumber() {
        String supplier = given.supplier();
        String sku = given.part();
        String store = given.store();
        given.receive(sku, store, 5, "NEW");
        String number = buyer.post("/api/supplier-returns", Map.of("supplier", supplier, "reason", "WRONG_PART",
                "lines", List.of(Map.of("sku", sku, "quantity", 2, "location", store)))).expect(201).string("number");
        assertEquals(3, given.onHand(sku, store, "NEW"));

        Reply replaced = buyer.post("/api/supplier-returns/" + number + "/replace", Map.of("location", store,
                "lines", List.of(Map.of("sku", sku, "quantity", 2)))).expect(200);

        assertEquals("REPLACED", replaced.string("status"));
        assertEquals(5, given.onHand(sku, store, "NEW"));
        assertEquals(1, admin.get("/api/movements?type=RECEIPT&reference=" + number).expect(200).integer("total"));
    }

    @Test
    void aRejectedReturnComesBackDefectiveToTheWorkshopAndTheUnitKeepsItsHistory() {
        String supplier = given.supplier();
        String sku = given.serializedPart();
        String store = given.store();
        String workshop = given.workshop();
        String serial = Fixtures.key("SN");
        given.receiveUnit(sku, serial, store, "NEW");
        String number = storekeeper.post("/api/supplier-returns", Map.of("supplier", supplier, "reason", "QC_FAILED",
                "lines", List.of(Map.of("sku", sku, "quantity", 1, "serial", serial, "location", store))))
                .expect(201).string("number");

        buyer.post("/api/supplier-returns/" + number + "/reject", Map.of("note", "no fault found", "location", store))
                .expectProblem(409, "wrong-location-kind")
                .expectFacts(Map.of("location", store, "kind", "STORE"));
        buyer.post("/api/supplier-returns/" + number + "/reject", Map.of("note", "no fault found",
                "location", given.location("QUARANTINE"))).expectProblem(409, "wrong-location-kind");
        Reply rejected = buyer.post("/api/supplier-returns/" + number + "/reject", Map.of("note", "no fault found",
                "location", workshop)).expect(200);

        assertEquals("REJECTED", rejected.string("status"));
        assertEquals("no fault found", rejected.string("note"));
        assertEquals(1, given.onHand(sku, workshop, "DEFECTIVE"));
        Reply unit = admin.get("/api/units/" + serial).expect(200);
        assertEquals("IN_STOCK", unit.string("status"));
        assertEquals("DEFECTIVE", unit.string("condition"));
        assertEquals(0, unit.integer("returnCount"), "a unit the supplier sends back has not failed in the field");
        List<Object> types = admin.get("/api/movements?sku=" + sku).expect(200).items().stream()
                .map(m -> m.get("type")).toList();
        assertEquals(3, types.size(), types.toString());
        assertTrue(types.containsAll(List.of("RECEIPT", "SUPPLIER_RETURN", "RETURN")), types.toString());
    }

    @Test
    void aWarrantyReturnOutsideTheSuppliersWarrantyIsRefusedUnlessForced() {
        String supplier = given.supplier();
        String sku = given.serializedPart();
        String store = given.store();
        admin.post("/api/suppliers/" + supplier + "/offers", Map.of("supplierRef", "W-" + sku, "sku", sku,
                "price", "80.00", "warrantyMonths", 12)).expect(200);
        String old = Fixtures.key("SN");
        String recent = Fixtures.key("SN");
        String order = buyer.post("/api/purchase-requests", Map.of("supplier", supplier, "lines", List.of(
                Map.of("sku", sku, "quantity", 2)))).expect(201).string("number");
        PurchasingFixtures.receivedAgo(admin, sku, old, 1, store, order, 400);
        PurchasingFixtures.receivedAgo(admin, sku, recent, 1, store, order, 60);

        Reply refused = buyer.post("/api/supplier-returns", warrantyReturn(supplier, sku, old, store, false));
        buyer.post("/api/supplier-returns", warrantyReturn(supplier, sku, recent, store, false)).expect(201);
        Reply forced = buyer.post("/api/supplier-returns", warrantyReturn(supplier, sku, old, store, true));

        refused.expectProblem(409, "out-of-warranty");
        assertEquals(old, refused.string("serial"));
        assertEquals(12, refused.integer("warrantyMonths"));
        assertTrue(refused.string("detail").contains("force"), refused.string("detail"));
        assertEquals("SHIPPED", forced.expect(201).string("status"));
        assertEquals("AT_SUPPLIER", admin.get("/api/units/" + old).string("status"));
    }

    @Test
    void aWarrantyReturnOfWhatThisSupplierNeverDeliveredIsRefused() {
        String supplier = given.supplier();
        String sku = given.part();
        String store = given.store();
        given.receive(sku, store, 2, "NEW");

        Reply refused = buyer.post("/api/supplier-returns", Map.of("supplier", supplier, "reason", "WARRANTY",
                "lines", List.of(Map.of("sku", sku, "quantity", 1, "location", store))));

        refused.expectProblem(409, "out-of-warranty");
        assertEquals(2, given.onHand(sku, store, "NEW"));
    }

    @Test
    void badReturnsAreProblemsAndChangeNothing() {
        String supplier = given.supplier();
        String sku = given.part();
        String store = given.store();
        given.receive(sku, store, 1, "NEW");

        buyer.post("/api/supplier-returns", Map.of("supplier", supplier, "reason", "DOA", "lines", List.of()))
                .expectProblem(400, "invalid-request");
        buyer.post("/api/supplier-returns", Map.of("supplier", "NO-SUCH-SUPPLIER", "reason", "DOA", "lines",
                List.of(Map.of("sku", sku, "quantity", 1, "location", store)))).expectProblem(404, "not-found");
        buyer.post("/api/supplier-returns", Map.of("supplier", supplier, "reason", "DOA", "lines",
                List.of(Map.of("sku", sku, "quantity", 2, "location", store)))).expectProblem(409, "insufficient-stock")
                .expectFacts(Map.of("sku", sku, "location", store, "condition", "DEFECTIVE", "requested", 2, "available", 0));
        buyer.post("/api/supplier-returns", Map.of("supplier", supplier, "reason", "DOA", "purchaseRequest",
                "PR-1999-000001", "lines", List.of(Map.of("sku", sku, "quantity", 1, "location", store))))
                .expectProblem(404, "not-found");
        userWith("WORKSHOP").post("/api/supplier-returns", Map.of("supplier", supplier, "reason", "DOA", "lines",
                List.of(Map.of("sku", sku, "quantity", 1, "location", store)))).expectProblem(403, "forbidden");
        admin.get("/api/supplier-returns/RV-1999-000001").expectProblem(404, "not-found");

        assertEquals(1, given.onHand(sku, store, "NEW"));
    }

    private static Map<String, Object> warrantyReturn(String supplier, String sku, String serial, String store,
                                                      boolean force) {
        Map<String, Object> body = new HashMap<>(Map.of("supplier", supplier, "reason", "WARRANTY", "lines",
                List.of(Map.of("sku", sku, "quantity", 1, "serial", serial, "location", store))));
        if (force) {
            body.put("force", true);
        }
        return body;
    }

    private String receivedThrough(String supplier, String sku, String serial, String store) {
        return PurchasingFixtures.receivedThrough(buyer, admin, storekeeper, supplier, sku, serial, store);
    }
}
