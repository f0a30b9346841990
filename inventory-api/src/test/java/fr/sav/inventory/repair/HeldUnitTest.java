package fr.sav.inventory.repair;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A unit in repair, at a subcontractor or reserved moves only through what holds it. */
class HeldUnitTest extends ApiTest {

    @Test
    void aUnitInRepairIsNotMovedByAPlainMovementEvenWithAnotherDefectivePieceBesideIt() {
        String sku = given.serializedPart();
        String workshop = given.workshop();
        String quarantine = given.location("QUARANTINE");
        String held = Fixtures.key("SN");
        String loose = Fixtures.key("SN");
        given.receiveUnit(sku, held, workshop, "DEFECTIVE");
        given.receiveUnit(sku, loose, workshop, "DEFECTIVE");
        String number = openFor(sku, held);

        Reply transfer = admin.post("/api/movements", Map.of("type", "TRANSFER", "sku", sku, "serial", held,
                "toLocation", quarantine));
        Reply scrap = admin.post("/api/movements", Map.of("type", "SCRAP", "sku", sku, "serial", held));
        Reply issue = admin.post("/api/movements", Map.of("type", "ISSUE", "code", "U:" + held,
                "reference", "RO-2026-999999"));
        admin.post("/api/movements", Map.of("type", "TRANSFER", "sku", sku, "serial", loose, "toLocation", quarantine))
                .expect(201);

        for (Reply refused : new Reply[] {transfer, scrap, issue}) {
            refused.expectProblem(409, "unit-held");
            assertEquals(number, refused.string("holder"));
            assertEquals(held, refused.string("serial"));
            assertEquals("IN_REPAIR", refused.string("unitStatus"));
        }
        Reply unit = admin.get("/api/units/" + held).expect(200);
        assertEquals("IN_REPAIR", unit.string("status"));
        assertEquals(workshop, unit.string("location"));
        assertEquals(Map.of("onHand", 1, "reserved", 1, "available", 0), levelFigures(sku, workshop));
        assertEquals(true, admin.get("/api/stock/audit").get("consistent"));
    }

    @Test
    void aUnitAtASubcontractorOrReservedIsHeldByWhatHoldsIt() {
        String sku = given.serializedPart();
        String workshop = given.workshop();
        String store = given.store();
        String supplier = given.supplier();
        String subcontractor = admin.post("/api/locations", Map.of("code", supplier, "name", "Sous-traitant",
                "kind", "SUBCONTRACTOR")).expect(201).string("code");
        String out = Fixtures.key("SN");
        String reserved = Fixtures.key("SN");
        given.receiveUnit(sku, out, workshop, "DEFECTIVE");
        given.receiveUnit(sku, reserved, store, "REPAIRED");
        String number = openFor(sku, out);
        admin.post("/api/repair-orders/" + number + "/diagnose", Map.of("findings", "carte", "estimatedCost", "10.00",
                "estimatedMinutes", 10)).expect(200);
        admin.post("/api/repair-orders/" + number + "/send-to-subcontractor", Map.of("supplier", supplier,
                "expectedDate", LocalDate.now().plusDays(10).toString())).expect(200);
        admin.post("/api/reservations", Map.of("sku", sku, "quantity", 1, "serial", reserved,
                "reference", "INTER-77")).expect(201);

        Reply back = admin.post("/api/movements", Map.of("type", "TRANSFER", "sku", sku, "serial", out,
                "toLocation", workshop));
        Reply taken = admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "serial", reserved,
                "reference", "INTER-78"));

        back.expectProblem(409, "unit-held");
        assertEquals(number, back.string("holder"));
        assertEquals("AT_SUBCONTRACTOR", back.string("unitStatus"));
        taken.expectProblem(409, "unit-held");
        assertEquals("INTER-77", taken.string("holder"));
        assertEquals(subcontractor, admin.get("/api/units/" + out).string("location"));
        assertEquals("RESERVED", admin.get("/api/units/" + reserved).string("status"));
    }

    private String openFor(String sku, String serial) {
        return admin.post("/api/repair-orders", Map.of("sku", sku, "serial", serial, "owner", "COMPANY",
                "origin", "STOCK_DEFECTIVE")).expect(201).string("number");
    }

    private Map<String, Object> levelFigures(String sku, String location) {
        Map<String, Object> level = given.level(sku, location, "DEFECTIVE");
        return Map.of("onHand", level.get("onHand"), "reserved", level.get("reserved"), "available", level.get("available"));
    }
}
