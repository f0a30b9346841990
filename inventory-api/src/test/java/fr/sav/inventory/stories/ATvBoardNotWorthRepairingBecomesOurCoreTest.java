package fr.sav.inventory.stories;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * « La carte d'alimentation du téléviseur du client ne vaut pas la réparation : il repart avec une carte
 * reconditionnée, la sienne devient notre consigne, l'atelier la reconditionne et elle revient au pool. »
 */
class ATvBoardNotWorthRepairingBecomesOurCoreTest extends ApiTest {

    @Test
    void theCustomerLeavesWithAReconditionedBoardAndTheirsIsReconditionedIntoThePool() {
        Department department = new Department(admin, userWith("MANAGER"));
        String board = given.part(Map.of("serialized", true, "repairable", true, "family", "BOARD",
                "standardCost", "120.00", "exchangePrice", "70.00"));
        String poolBoard = Fixtures.key("SN");
        given.receiveUnit(board, poolBoard, department.store, "RECONDITIONED");
        String customersBoard = Fixtures.key("CUST");
        Figures before = department.dashboard();

        String number = department.customerDropOff(board, customersBoard, "CLIENT-MARTIN");
        Reply diagnosed = department.diagnose(number, "150.00", 90);
        Reply exchanged = admin.post("/api/repair-orders/" + number + "/exchange", Map.of("coreCharge", "60.00"))
                .expect(200);
        String coreOrder = admin.get("/api/exchanges/" + exchanged.string("exchange")).expect(200).string("repairOrder");
        Reply reconditioned = department.repair(coreOrder, "RECONDITIONED", 60);

        assertEquals("EXCHANGE", diagnosed.string("recommendation"), "150 + 90 min of labour against a new board's 120");
        assertEquals("AT_CUSTOMER", department.unit(poolBoard).get("status"));
        assertEquals("RECONDITIONED", reconditioned.string("outcome"));
        assertEquals(45.0, ((Number) reconditioned.get("totalCost")).doubleValue(), "an hour of labour, no parts");
        Map<String, Object> core = department.unit(customersBoard);
        assertEquals("COMPANY", core.get("owner"));
        assertEquals("RECONDITIONED", core.get("condition"));
        assertEquals("IN_STOCK", core.get("status"));
        assertEquals(List.of("RETURN " + board + " null→DEFECTIVE", "REGRADE " + board + " DEFECTIVE→RECONDITIONED"),
                department.history(customersBoard));
        assertEquals(1, department.onHand(board, department.workshop, "RECONDITIONED"), "back in the pool");
        Figures after = department.dashboard();
        assertEquals(0, after.pieces("RECONDITIONED") - before.pieces("RECONDITIONED"), "one out, one back");
        assertEquals(0, after.pieces("DEFECTIVE") - before.pieces("DEFECTIVE"));
        assertEquals(1, after.reconditionedThisWeek() - before.reconditionedThisWeek());
        assertEquals(45.0, after.reconditioningCostThisWeek() - before.reconditioningCostThisWeek(), 0.001);
        assertEquals(0, after.inRepairThisWeek("company") - before.inRepairThisWeek("company"));
        assertEquals(0, after.inRepairThisWeek("customer") - before.inRepairThisWeek("customer"));
    }
}
