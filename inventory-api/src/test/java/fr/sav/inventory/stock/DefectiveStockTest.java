package fr.sav.inventory.stock;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** DEFECTIVE stock becomes usable only by the workshop, never NEW, and stays where it can be inspected. */
class DefectiveStockTest extends ApiTest {

    @Test
    void onlyTheWorkshopOrAManagerMakesDefectiveStockUsable() {
        String sku = given.part();
        String workshop = given.workshop();
        given.receive(sku, workshop, 3, "DEFECTIVE");
        Map<String, Object> regrade = Map.of("type", "REGRADE", "sku", sku, "fromLocation", workshop,
                "fromCondition", "DEFECTIVE", "toCondition", "REPAIRED");

        Reply refused = userWith("STOREKEEPER").post("/api/movements", regrade);
        userWith("WORKSHOP").post("/api/movements", regrade).expect(201);
        admin.post("/api/movements", regrade).expect(201);

        refused.expectProblem(403, "inspection-required");
        assertEquals(sku, refused.string("sku"));
        assertEquals(workshop, refused.string("location"));
        assertEquals(1, given.onHand(sku, workshop, "DEFECTIVE"));
        assertEquals(2, given.onHand(sku, workshop, "REPAIRED"));
    }

    @Test
    void nothingEverBecomesNewAgainWhoeverAsks() {
        String sku = given.part();
        String workshop = given.workshop();
        given.receive(sku, workshop, 1, "DEFECTIVE");
        given.receive(sku, workshop, 1, "REPAIRED");

        Reply byManager = admin.post("/api/movements", regrade(sku, workshop, "REPAIRED", "NEW"));
        Reply byWorkshop = userWith("WORKSHOP").post("/api/movements", regrade(sku, workshop, "DEFECTIVE", "NEW"));
        Reply byStorekeeper = userWith("STOREKEEPER").post("/api/movements", regrade(sku, workshop, "DEFECTIVE", "NEW"));

        byManager.expectProblem(409, "new-is-never-used");
        byWorkshop.expectProblem(409, "new-is-never-used");
        byStorekeeper.expectProblem(409, "new-is-never-used");
        assertEquals("REPAIRED", byManager.string("condition"));
        assertEquals(0, given.onHand(sku, workshop, "NEW"));
    }

    @Test
    void defectiveStockIsIssuedOnlyToARepairASupplierReturnOrASubcontractor() {
        String sku = given.part();
        String workshop = given.workshop();
        String supplier = given.supplier();
        given.receive(sku, workshop, 5, "DEFECTIVE");

        Reply toIntervention = admin.post("/api/movements", issueDefective(sku, workshop, "INTER-4521"));
        Reply toNobody = admin.post("/api/movements", issueDefective(sku, workshop, null));
        admin.post("/api/movements", issueDefective(sku, workshop, "RO-2026-000123")).expect(201);
        admin.post("/api/movements", issueDefective(sku, workshop, "RV-2026-000001")).expect(201);
        admin.post("/api/movements", issueDefective(sku, workshop, supplier)).expect(201);

        toIntervention.expectProblem(409, "defective-not-usable");
        toNobody.expectProblem(409, "defective-not-usable");
        assertEquals("INTER-4521", toIntervention.string("reference"));
        assertEquals(2, given.onHand(sku, workshop, "DEFECTIVE"));
    }

    @Test
    void defectiveStockLivesOnlyInTheWorkshopQuarantineOrAtASubcontractor() {
        String sku = given.part();
        String workshop = given.workshop();
        String store = given.store();
        String quarantine = given.location("QUARANTINE");
        String subcontractor = given.location("SUBCONTRACTOR");
        given.receive(sku, workshop, 3, "DEFECTIVE");
        given.receive(sku, store, 1, "USED");

        Reply transfer = admin.post("/api/movements", Map.of("type", "TRANSFER", "sku", sku, "fromLocation", workshop,
                "toLocation", store, "condition", "DEFECTIVE"));
        Reply receipt = admin.post("/api/movements", Map.of("type", "RECEIPT", "sku", sku, "toLocation", store,
                "condition", "DEFECTIVE"));
        Reply returned = admin.post("/api/movements", Map.of("type", "RETURN", "sku", sku, "toLocation", store));
        Reply regrade = admin.post("/api/movements", regrade(sku, store, "USED", "DEFECTIVE"));
        Reply found = admin.post("/api/movements", Map.of("type", "ADJUSTMENT", "sku", sku, "toLocation", store,
                "condition", "DEFECTIVE", "delta", 1, "note", "trouvée en rayon"));
        admin.post("/api/movements", Map.of("type", "TRANSFER", "sku", sku, "fromLocation", workshop,
                "toLocation", quarantine, "condition", "DEFECTIVE")).expect(201);
        admin.post("/api/movements", Map.of("type", "TRANSFER", "sku", sku, "fromLocation", workshop,
                "toLocation", subcontractor, "condition", "DEFECTIVE")).expect(201);

        for (Reply refused : new Reply[] {transfer, receipt, returned, regrade, found}) {
            refused.expectProblem(409, "defective-location");
            assertEquals(store, refused.string("location"));
            assertEquals("STORE", refused.string("kind"));
        }
        assertEquals(0, given.onHand(sku, store, "DEFECTIVE"));
        assertEquals(1, given.onHand(sku, store, "USED"));
        assertEquals(1, given.onHand(sku, workshop, "DEFECTIVE"));
    }

    private static Map<String, Object> regrade(String sku, String location, String from, String to) {
        return Map.of("type", "REGRADE", "sku", sku, "fromLocation", location, "fromCondition", from, "toCondition", to);
    }

    private static Map<String, Object> issueDefective(String sku, String location, String reference) {
        Map<String, Object> body = new HashMap<>(Map.of("type", "ISSUE", "sku", sku, "fromLocation", location,
                "condition", "DEFECTIVE"));
        if (reference != null) {
            body.put("reference", reference);
        }
        return body;
    }
}
