package fr.sav.inventory.stories;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * « Le client ne peut pas se passer de son lave-linge le temps de la réparation : on lui prête un appareil reconditionné
 * de notre stock. Sa machine réparée, il rend le prêt, qui revient à l'atelier comme à expertiser ; l'atelier le remet
 * en état, et le coût de la remise en état est imputé au prêt, pas au magasin. »
 */
class ACustomerWhoseRepairTakesTooLongIsLentAMachineTest extends ApiTest {

    @Test
    void theLoanerLeavesStockComesBackDefectiveAndItsReconditioningIsChargedToTheLoan() {
        Department department = new Department(admin, userWith("MANAGER"));
        Api storekeeper = userWith("STOREKEEPER");
        Api workshop = userWith("WORKSHOP");
        String family = Fixtures.key("WASHER");
        String washer = given.part(Map.of("serialized", true, "repairable", true, "family", family,
                "standardCost", "300.00"));
        String loaner = Fixtures.key("SN");
        admin.post("/api/movements", Map.of("type", "RECEIPT", "sku", washer, "serial", loaner, "condition",
                "RECONDITIONED", "toLocation", department.store, "unitCost", "150.00")).expect(201);
        String repair = department.customerDropOff(washer, Fixtures.key("CUST"), "CLIENT-DURAND");

        Reply lent = workshop.post("/api/loans", Map.of("repairOrder", repair, "sku", washer,
                "dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(10).toString())).expect(201);
        String loan = lent.string("number");
        List<?> whileLent = (List<?>) admin.get("/api/parts/" + washer + "/availability").get("options");
        BigDecimal valueWhileLent = familyValue(family);
        department.customerRepair(repair);
        storekeeper.post("/api/loans/" + loan + "/return", Map.of("location", department.workshop)).expect(200);
        storekeeper.post("/api/movements", Map.of("type", "REGRADE", "sku", washer, "serial", loaner,
                "toCondition", "RECONDITIONED", "note", "vu")).expectProblem(403, "inspection-required");
        storekeeper.post("/api/loans", Map.of("serial", loaner, "customerRef", "CLIENT-MARTIN",
                "dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(5).toString())).expectProblem(409, "defective-not-usable");
        String reconditioning = department.companyRepairOrderFor(washer, loaner);
        Reply reconditioned = department.repair(reconditioning, "RECONDITIONED", 30);

        assertEquals(loaner, lent.string("serial"));
        assertEquals("CLIENT-DURAND", lent.string("customerRef"));
        assertEquals(List.of(), whileLent.stream().filter(o -> loaner.equals(((Map<?, ?>) o).get("serial"))).toList(),
                "a lent machine is available nowhere");
        assertEquals(0, valueWhileLent.compareTo(BigDecimal.ZERO), "it left the stock value with the stock");
        assertEquals(loan, reconditioned.string("chargedTo"));
        Reply settled = admin.get("/api/loans/" + loan).expect(200);
        assertEquals("RETURNED", settled.string("status"));
        assertEquals(reconditioning, settled.string("reconditioningOrder"));
        // 30 minutes at 45.00 an hour.
        assertEquals(0, new BigDecimal("22.50").compareTo(new BigDecimal(String.valueOf(settled.get("reconditioningCost")))));
        assertEquals(List.of("RECEIPT " + washer + " null→RECONDITIONED", "ISSUE " + washer + " RECONDITIONED→null",
                "RETURN " + washer + " null→DEFECTIVE", "REGRADE " + washer + " DEFECTIVE→RECONDITIONED"),
                department.history(loaner));
        Map<String, Object> unit = department.unit(loaner);
        assertEquals("IN_STOCK", unit.get("status"));
        assertEquals(0, ((Number) unit.get("returnCount")).intValue(), "a loan's end is not a failure");
        // Back defective at 0.2 × 300.00 = 60.00, plus the 22.50 its reconditioning cost.
        assertEquals(0, new BigDecimal("82.50").compareTo(familyValue(family)));
    }

    private BigDecimal familyValue(String family) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) admin.get("/api/stock/valuation?by=family")
                .expect(200).get("rows");
        return rows.stream().filter(r -> family.equals(r.get("key"))).findFirst()
                .map(r -> new BigDecimal(String.valueOf(r.get("value")))).orElse(BigDecimal.ZERO);
    }
}
