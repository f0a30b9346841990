package fr.sav.inventory.stories;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * « Plus aucun moteur en stock et le client attend : on prend celui d'un lave-linge réparé du magasin. Le lave-linge
 * repart à l'atelier comme à réparer, et le grand livre le dit. »
 */
class TheWorkshopTakesAMotorOutOfARepairedMachineTest extends ApiTest {

    @Test
    void theMotorIsTakenFromARepairedMachineWhichGoesBackToTheWorkshopDefective() {
        Department department = new Department(admin, userWith("MANAGER"));
        String motor = given.part(Map.of("family", "MOTOR", "standardCost", "90.00"));
        String machine = given.part(Map.of("serialized", true, "repairable", true, "family", "WASHER",
                "standardCost", "350.00"));
        admin.put("/api/parts/" + machine + "/components", Map.of("components", List.of(Map.of("sku", motor,
                "quantity", 1)))).expect(200);
        String machineSerial = Fixtures.key("SN");
        given.receiveUnit(machine, machineSerial, department.store, "REPAIRED");
        String customersMachine = department.customerDropOff(machine, Fixtures.key("CUST"), "CLIENT-BERNARD");
        Figures before = department.dashboard();

        List<?> options = (List<?>) admin.get("/api/parts/" + motor + "/availability").expect(200).get("options");
        Reply reserved = admin.post("/api/reservations", Map.of("sku", motor, "quantity", 1,
                "reference", customersMachine, "source", "CANNIBALISE", "assemblySku", machine,
                "location", department.workshop)).expect(201);
        admin.post("/api/reservations/" + reserved.integer("id") + "/fulfil", "{}").expect(200);

        Map<?, ?> option = (Map<?, ?>) options.get(0);
        assertEquals("CANNIBALISE", option.get("source"), "no stock: the cascade offers the machine's motor");
        assertEquals(machine, option.get("sku"));
        assertEquals(machineSerial, option.get("serial"));
        assertEquals("FULFILLED", admin.get("/api/reservations/" + reserved.integer("id")).string("status"));
        assertEquals(List.of("TRANSFER " + machine + " REPAIRED→REPAIRED", "REGRADE " + machine + " REPAIRED→DEFECTIVE",
                "RECEIPT " + motor + " null→REPAIRED", "ISSUE " + motor + " REPAIRED→null"),
                department.ledger(customersMachine));
        Map<String, Object> taken = department.unit(machineSerial);
        assertEquals("COMPANY", taken.get("owner"));
        assertEquals("DEFECTIVE", taken.get("condition"));
        assertEquals("IN_STOCK", taken.get("status"));
        assertEquals(department.workshop, taken.get("location"));
        assertEquals(0, department.onHand(motor, department.workshop, "REPAIRED"));
        assertEquals(0, department.onHand(machine, department.store, "REPAIRED"));
        String machineOrder = department.companyRepairOrderFor(machine, machineSerial);
        assertEquals(department.workshop, department.order(machineOrder).get("location"),
                "the machine is now the workshop's to repair");
        Figures after = department.dashboard();
        assertEquals(-1, after.pieces("REPAIRED") - before.pieces("REPAIRED"), "the machine; the motor came and went");
        assertEquals(1, after.pieces("DEFECTIVE") - before.pieces("DEFECTIVE"));
        assertEquals(1, after.inRepairThisWeek("company") - before.inRepairThisWeek("company"));
    }
}
