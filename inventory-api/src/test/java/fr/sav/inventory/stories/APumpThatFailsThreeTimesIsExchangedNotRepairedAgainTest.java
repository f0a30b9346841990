package fr.sav.inventory.stories;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * « Le même client nous ramène sa pompe de vidange pour la troisième fois : on ne la répare plus, on lui fait un
 * échange standard, et sa pompe devient notre consigne. »
 */
class APumpThatFailsThreeTimesIsExchangedNotRepairedAgainTest extends ApiTest {

    @Test
    void theThirdReturnOfTheSamePumpIsAnExchangeAndThePumpBecomesOurCore() {
        Department department = new Department(admin, userWith("MANAGER"));
        String pump = given.part(Map.of("serialized", true, "repairable", true, "family", "PUMP",
                "standardCost", "60.00", "exchangePrice", "35.00"));
        String poolUnit = Fixtures.key("SN");
        given.receiveUnit(pump, poolUnit, department.store, "RECONDITIONED");
        String customersPump = Fixtures.key("CUST");
        Figures before = department.dashboard();

        department.customerRepair(department.customerDropOff(pump, customersPump, "CLIENT-DUPONT"));
        department.customerRepair(department.customerDropOff(pump, customersPump, "CLIENT-DUPONT"));
        String third = department.customerDropOff(pump, customersPump, "CLIENT-DUPONT");
        Reply diagnosed = department.diagnose(third, "10.00", 20);
        Reply exchanged = admin.post("/api/repair-orders/" + third + "/exchange", "{}").expect(200);

        assertEquals(3, diagnosed.integer("returnCount"));
        assertEquals("EXCHANGE", diagnosed.string("recommendation"), "cheap to repair, but it came back three times");
        assertTrue(diagnosed.string("recommendationReason").contains("3"), diagnosed.string("recommendationReason"));
        assertEquals("EXCHANGED", exchanged.string("outcome"));
        String exchange = exchanged.string("exchange");
        assertEquals(List.of("RETURN " + pump + " null→DEFECTIVE", "ISSUE " + pump + " RECONDITIONED→null"),
                department.ledger(exchange), "the customer's pump comes in as our core, the pool unit goes out");
        Map<String, Object> core = department.unit(customersPump);
        assertEquals("COMPANY", core.get("owner"));
        assertEquals("DEFECTIVE", core.get("condition"));
        assertEquals(department.workshop, core.get("location"));
        assertEquals("IN_REPAIR", core.get("status"), "held by the core's own repair order");
        assertEquals("AT_CUSTOMER", department.unit(poolUnit).get("status"));
        assertEquals(0, department.onHand(pump, department.store, "RECONDITIONED"));
        assertEquals(1, department.onHand(pump, department.workshop, "DEFECTIVE"));
        Figures after = department.dashboard();
        assertEquals(-1, after.pieces("RECONDITIONED") - before.pieces("RECONDITIONED"));
        assertEquals(1, after.pieces("DEFECTIVE") - before.pieces("DEFECTIVE"));
        assertEquals(1, after.inRepairThisWeek("company") - before.inRepairThisWeek("company"), "the core's repair order");
        assertEquals(0, after.inRepairThisWeek("customer") - before.inRepairThisWeek("customer"), "all three closed");
        assertEquals(0, after.coresOwed() - before.coresOwed(), "the core is already in");
    }
}
