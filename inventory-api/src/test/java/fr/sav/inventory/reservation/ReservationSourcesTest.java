package fr.sav.inventory.reservation;

import fr.sav.inventory.stories.Department;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every option of the availability cascade can be reserved: a unit in repair, an assembly taken apart, a purchase. */
class ReservationSourcesTest extends ApiTest {

    private Department department;

    @BeforeAll
    void department() {
        department = new Department(admin, userWith("MANAGER"));
    }

    @Test
    void aReservationOnAUnitInRepairWaitsForItAndHoldsItWhenTheOrderCompletes() {
        String sku = given.serializedPart();
        String serial = Fixtures.key("SN");
        String number = department.companyRepairOrder(sku, serial);
        Map<?, ?> offered = (Map<?, ?>) ((List<?>) admin.get("/api/parts/" + sku + "/availability").get("options")).get(0);
        assertEquals(List.of("IN_REPAIR", number), List.of(offered.get("source"), offered.get("reference")));

        Reply reserved = admin.post("/api/reservations", reservation(sku, 1, "RO-CLIENT-1", "IN_REPAIR",
                "repairOrder", number)).expect(201);

        assertEquals(List.of(), admin.get("/api/parts/" + sku + "/availability").get("options"),
                "an order's output promised to one reference is no longer offered to others");
        assertEquals("AWAITING_REPAIR", reserved.string("status"));
        assertEquals(number, reserved.string("awaiting"));
        assertEquals(List.of(), reserved.get("lines"));
        department.repair(number, "REPAIRED", 30);
        Reply active = admin.get("/api/reservations/" + reserved.integer("id")).expect(200);
        assertEquals("ACTIVE", active.string("status"));
        assertEquals(serial, active.string("serial"));
        assertEquals("RESERVED", department.unit(serial).get("status"));
        assertEquals("RO-CLIENT-1", department.unit(serial).get("holder"));
        admin.post("/api/reservations/" + reserved.integer("id") + "/fulfil", "{}").expect(200);
        assertEquals("ISSUED", department.unit(serial).get("status"));
    }

    @Test
    void aRepairOrderThatWillNotProduceThePartIsRefusedAndNothingIsReserved() {
        String sku = given.serializedPart();
        String other = given.serializedPart();
        String number = department.companyRepairOrder(other, Fixtures.key("SN"));

        admin.post("/api/reservations", reservation(sku, 1, "RO-A", "IN_REPAIR")).expectProblem(400, "invalid-request");
        admin.post("/api/reservations", reservation(sku, 1, "RO-A", "IN_REPAIR", "repairOrder", number))
                .expectProblem(409, "not-in-repair")
                .expectFacts(Map.of("repairOrder", number, "sku", sku));
        admin.post("/api/reservations", reservation(sku, 1, "RO-A", "IN_REPAIR", "repairOrder", "RO-2026-999999"))
                .expectProblem(404, "not-found");
        admin.post("/api/reservations", reservation(other, 2, "RO-A", "IN_REPAIR", "repairOrder", number))
                .expectProblem(400, "invalid-request");
        admin.post("/api/reservations", reservation(other, 1, "RO-A", "IN_REPAIR", "repairOrder", number)).expect(201);
        admin.post("/api/reservations", reservation(other, 1, "RO-B", "IN_REPAIR", "repairOrder", number))
                .expectProblem(409, "repair-output-promised")
                .expectFacts(Map.of("repairOrder", number));

        assertEquals(0, admin.get("/api/reservations?sku=" + sku).integer("total"));
        assertEquals(1, admin.get("/api/reservations?sku=" + other).integer("total"));
    }

    @Test
    void cannibalisingTakesTheComponentOutOfARepairedAssemblyInTheLedgerAndReservesIt() {
        String motor = given.part(Map.of("family", "MOTOR"));
        String machine = given.serializedPart();
        admin.put("/api/parts/" + machine + "/components", Map.of("components", List.of(Map.of("sku", motor,
                "quantity", 1)))).expect(200);
        String serial = Fixtures.key("SN");
        given.receiveUnit(machine, serial, department.store, "REPAIRED");

        String reference = Fixtures.key("RO");
        Reply reserved = admin.post("/api/reservations", reservation(motor, 1, reference, "CANNIBALISE",
                "assemblySerial", serial, "location", department.workshop)).expect(201);

        assertEquals("ACTIVE", reserved.string("status"));
        assertEquals("CANNIBALISE", reserved.string("source"));
        assertEquals("REPAIRED", reserved.string("condition"), "the component enters in the assembly's condition");
        assertEquals(department.workshop, reserved.string("location"));
        assertEquals(1, department.reserved(motor, department.workshop, "REPAIRED"));
        Map<String, Object> assembly = department.unit(serial);
        assertEquals("DEFECTIVE", assembly.get("condition"));
        assertEquals(department.workshop, assembly.get("location"));
        assertEquals(List.of("TRANSFER " + machine + " REPAIRED→REPAIRED", "REGRADE " + machine + " REPAIRED→DEFECTIVE",
                "RECEIPT " + motor + " null→REPAIRED"), department.ledger(reference));
    }

    @Test
    void anAssemblyThatDoesNotHoldThePartOrIsNotThereIsRefusedAndNothingMoves() {
        String motor = given.part();
        String machine = given.serializedPart();
        String serial = Fixtures.key("SN");
        given.receiveUnit(machine, serial, department.store, "REPAIRED");
        String reference = Fixtures.key("RO");

        admin.post("/api/reservations", reservation(motor, 1, reference, "CANNIBALISE")).expectProblem(400, "invalid-request");
        admin.post("/api/reservations", reservation(motor, 1, reference, "CANNIBALISE", "assemblySerial", serial))
                .expectProblem(409, "not-in-assembly")
                .expectFacts(Map.of("assembly", machine, "sku", motor));
        admin.put("/api/parts/" + machine + "/components", Map.of("components", List.of(Map.of("sku", motor,
                "quantity", 1)))).expect(200);
        admin.post("/api/reservations", reservation(motor, 2, reference, "CANNIBALISE", "assemblySerial", serial))
                .expectProblem(400, "invalid-request");
        admin.post("/api/reservations", reservation(motor, 1, reference, "CANNIBALISE", "assemblySerial", "SN-NOWHERE-1"))
                .expectProblem(404, "not-found");
        String newMachine = Fixtures.key("SN");
        admin.post("/api/movements", Map.of("type", "REGRADE", "sku", machine, "serial", serial,
                "toCondition", "NEW")).expectProblem(409, "new-is-never-used");

        assertEquals(List.of(), department.ledger(reference));
        assertEquals("REPAIRED", department.unit(serial).get("condition"));
        given.receiveUnit(machine, newMachine, department.store, "NEW");
        admin.post("/api/reservations", reservation(motor, 1, reference, "CANNIBALISE", "assemblySerial", newMachine))
                .expectProblem(409, "assembly-not-available")
                .expectFacts(Map.of("assembly", machine));
    }

    @Test
    void aPurchaseGoesOnADraftRequestOfTheBestSupplierAndIsReservedOnReceipt() {
        String sku = given.part();
        String supplier = given.supplier();
        admin.post("/api/suppliers/" + supplier + "/offers", Map.of("supplierRef", "R-" + sku, "sku", sku,
                "price", "19.90", "preferred", true)).expect(200);

        Reply reserved = admin.post("/api/reservations", reservation(sku, 2, "RO-BUY", "PURCHASE")).expect(201);

        assertEquals("AWAITING_RECEIPT", reserved.string("status"));
        String number = reserved.string("awaiting");
        Reply request = admin.get("/api/purchase-requests/" + number).expect(200);
        assertEquals("DRAFT", request.string("status"));
        assertEquals(supplier, request.string("supplier"));
        Map<?, ?> line = (Map<?, ?>) ((List<?>) request.get("lines")).get(0);
        assertEquals("RO-BUY", line.get("reference"));
        assertEquals(2, ((Number) line.get("quantity")).intValue());
        department.purchaseArrives(number, sku, 2);
        Reply active = admin.get("/api/reservations/" + reserved.integer("id")).expect(200);
        assertEquals("ACTIVE", active.string("status"));
        assertEquals(2, department.reserved(sku, department.store, "NEW"));
        assertEquals(1, admin.get("/api/reservations?reference=RO-BUY&sku=" + sku).integer("total"),
                "the waiting reservation holds the pieces; no second one");
    }

    @Test
    void aPartNoSupplierOffersCannotBeBoughtForAReservation() {
        String sku = given.part();

        admin.post("/api/reservations", reservation(sku, 1, "RO-NOBUY", "PURCHASE")).expectProblem(409, "no-offer")
                .expectFacts(Map.of("sku", sku));
        admin.post("/api/reservations", reservation(sku, 1, "RO-NOBUY", "VAN_STOCK")).expectProblem(400, "invalid-request");

        assertEquals(0, admin.get("/api/reservations?sku=" + sku).integer("total"));
    }

    private static Map<String, Object> reservation(String sku, int quantity, String reference, String source,
                                                   String... more) {
        Map<String, Object> body = new HashMap<>(Map.of("sku", sku, "quantity", quantity, "reference", reference,
                "source", source));
        for (int i = 0; i < more.length; i += 2) {
            body.put(more[i], more[i + 1]);
        }
        return body;
    }
}
