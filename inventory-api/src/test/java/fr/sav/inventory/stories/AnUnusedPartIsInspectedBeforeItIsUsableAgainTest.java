package fr.sav.inventory.stories;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * « Le technicien rapporte un moteur qu'il a pris pour une intervention et n'a pas posé : il revient à l'atelier
 * comme à expertiser, et seul l'atelier le remet en stock utilisable, jamais comme neuf. »
 */
class AnUnusedPartIsInspectedBeforeItIsUsableAgainTest extends ApiTest {

    @Test
    void theUnusedMotorComesBackDefectiveAndOnlyTheWorkshopReleasesIt() {
        Department department = new Department(admin, userWith("MANAGER"));
        Api storekeeper = userWith("STOREKEEPER");
        Api workshop = userWith("WORKSHOP");
        String motor = given.part(Map.of("serialized", true, "family", "MOTOR", "standardCost", "90.00"));
        String serial = Fixtures.key("SN");
        given.receiveUnit(motor, serial, department.store, "NEW");
        Figures before = department.dashboard();

        storekeeper.post("/api/movements", Map.of("type", "ISSUE", "sku", motor, "serial", serial,
                "reference", "INT-2026-0042")).expect(201);
        storekeeper.post("/api/movements", Map.of("type", "RETURN", "sku", motor, "serial", serial, "reason", "UNUSED",
                "toLocation", department.workshop, "reference", "INT-2026-0042")).expect(201);
        Map<String, Object> back = department.unit(serial);
        List<?> whileDefective = (List<?>) admin.get("/api/parts/" + motor + "/availability").get("options");
        storekeeper.post("/api/movements", regrade(motor, serial, "RECONDITIONED")).expectProblem(403, "inspection-required");
        workshop.post("/api/movements", regrade(motor, serial, "NEW")).expectProblem(409, "new-is-never-used");
        workshop.post("/api/movements", regrade(motor, serial, "RECONDITIONED")).expect(201);

        assertEquals("DEFECTIVE", back.get("condition"));
        assertEquals(0, ((Number) back.get("returnCount")).intValue(), "a part not used is not a return");
        assertEquals(List.of(), whileDefective, "nobody can reserve it before the inspection");
        Map<String, Object> released = department.unit(serial);
        assertEquals("RECONDITIONED", released.get("condition"));
        assertEquals("IN_STOCK", released.get("status"));
        assertEquals("COMPANY", released.get("owner"));
        assertEquals(List.of("RECEIPT " + motor + " null→NEW", "ISSUE " + motor + " NEW→null",
                "RETURN " + motor + " null→DEFECTIVE", "REGRADE " + motor + " DEFECTIVE→RECONDITIONED"),
                department.history(serial));
        Map<?, ?> option = (Map<?, ?>) ((List<?>) admin.get("/api/parts/" + motor + "/availability").get("options")).get(0);
        assertEquals("STOCK", option.get("source"));
        assertEquals(department.workshop, option.get("location"));
        Figures after = department.dashboard();
        assertEquals(-1, after.pieces("NEW") - before.pieces("NEW"));
        assertEquals(1, after.pieces("RECONDITIONED") - before.pieces("RECONDITIONED"));
        assertEquals(0, after.pieces("DEFECTIVE") - before.pieces("DEFECTIVE"));
    }

    private static Map<String, Object> regrade(String sku, String serial, String condition) {
        return Map.of("type", "REGRADE", "sku", sku, "serial", serial, "toCondition", condition, "note", "expertisé");
    }
}
