package fr.sav.inventory.stories;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * « La consigne d'un échange standard revient ; on l'envoie au sous-traitant qui la reconditionne, elle revient avec
 * sa facture et rejoint le pool d'échange. »
 */
class ASubcontractedReconditioningComesBackTest extends ApiTest {

    @Test
    void theCoreGoesToTheSubcontractorAndComesBackReconditionedIntoThePool() {
        Department department = new Department(admin, userWith("MANAGER"));
        String compressor = given.part(Map.of("serialized", true, "repairable", true, "family", "COMPRESSOR",
                "standardCost", "180.00", "exchangePrice", "110.00"));
        String subcontractor = given.supplier();
        admin.post("/api/locations", Map.of("code", subcontractor, "name", "Sous-traitant froid",
                "kind", "SUBCONTRACTOR")).expect(201);
        String poolUnit = Fixtures.key("SN");
        given.receiveUnit(compressor, poolUnit, department.store, "RECONDITIONED");
        String coreSerial = Fixtures.key("CORE");
        Figures before = department.dashboard();

        String exchange = admin.post("/api/exchanges", Map.of("sku", compressor, "customerRef", "CLIENT-FROID",
                "coreCharge", "90.00")).expect(201).string("number");
        Figures owed = department.dashboard();
        String order = admin.post("/api/exchanges/" + exchange + "/core", Map.of("serial", coreSerial,
                "location", department.workshop)).expect(200).string("repairOrder");
        department.diagnose(order, "40.00", 0);
        Reply sent = admin.post("/api/repair-orders/" + order + "/send-to-subcontractor", Map.of("supplier", subcontractor,
                "expectedDate", LocalDate.now().plusDays(10).toString())).expect(200);
        Map<String, Object> away = department.unit(coreSerial);
        admin.post("/api/repair-orders/" + order + "/receive-from-subcontractor", Map.of("cost", "55.00")).expect(200);
        Reply completed = admin.post("/api/repair-orders/" + order + "/complete", Map.of("condition", "RECONDITIONED",
                "laborMinutes", 0)).expect(200);

        assertEquals(1, owed.coresOwed() - before.coresOwed());
        assertEquals(subcontractor, sent.string("location"));
        assertEquals("AT_SUBCONTRACTOR", away.get("status"));
        assertEquals(subcontractor, away.get("location"));
        assertEquals("RECONDITIONED", completed.string("outcome"));
        assertEquals(55.0, ((Number) completed.get("subcontractCost")).doubleValue());
        assertEquals(55.0, ((Number) completed.get("totalCost")).doubleValue(), "the subcontractor's invoice, no labour");
        assertEquals(List.of("TRANSFER " + compressor + " DEFECTIVE→DEFECTIVE", "TRANSFER " + compressor
                + " DEFECTIVE→DEFECTIVE", "REGRADE " + compressor + " DEFECTIVE→RECONDITIONED"), department.ledger(order));
        assertEquals(List.of("ISSUE " + compressor + " RECONDITIONED→null", "RETURN " + compressor + " null→DEFECTIVE"),
                department.ledger(exchange));
        Map<String, Object> core = department.unit(coreSerial);
        assertEquals("COMPANY", core.get("owner"));
        assertEquals("RECONDITIONED", core.get("condition"));
        assertEquals("IN_STOCK", core.get("status"));
        assertEquals(department.workshop, core.get("location"));
        assertEquals("CORE_RECEIVED", admin.get("/api/exchanges/" + exchange).string("status"));
        Figures after = department.dashboard();
        assertEquals(0, after.coresOwed() - before.coresOwed());
        assertEquals(0, after.pieces("RECONDITIONED") - before.pieces("RECONDITIONED"), "the pool is whole again");
        assertEquals(0, after.pieces("DEFECTIVE") - before.pieces("DEFECTIVE"));
        assertEquals(1, after.reconditionedThisWeek() - before.reconditionedThisWeek());
        assertEquals(55.0, after.reconditioningCostThisWeek() - before.reconditioningCostThisWeek(), 0.001);
        assertEquals(0, after.inRepairThisWeek("company") - before.inRepairThisWeek("company"));
    }
}
