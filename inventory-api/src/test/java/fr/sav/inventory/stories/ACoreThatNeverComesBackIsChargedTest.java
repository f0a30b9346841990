package fr.sav.inventory.stories;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Backdating;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * « Le client a eu son échange standard mais n'a jamais rapporté la pompe usagée : passé l'échéance, la consigne
 * est en retard sur le tableau de bord, et on la lui facture. »
 */
class ACoreThatNeverComesBackIsChargedTest extends ApiTest {

    @Test
    void anOverdueCoreShowsOnTheDashboardUntilItIsCharged() throws SQLException {
        Department department = new Department(admin, userWith("MANAGER"));
        String pump = given.part(Map.of("serialized", true, "repairable", true, "family", "PUMP",
                "standardCost", "60.00", "exchangePrice", "35.00"));
        String poolUnit = Fixtures.key("SN");
        given.receiveUnit(pump, poolUnit, department.store, "REPAIRED");
        Figures before = department.dashboard();

        String exchange = admin.post("/api/exchanges", Map.of("sku", pump, "customerRef", "CLIENT-ROUX",
                "coreCharge", "45.00")).expect(201).string("number");
        Backdating.coreDue(exchange, LocalDate.now().minusDays(20));
        Figures overdue = department.dashboard();
        Reply charged = admin.post("/api/exchanges/" + exchange + "/charge", "{}").expect(200);
        Reply lateCore = admin.post("/api/exchanges/" + exchange + "/core", Map.of("serial", Fixtures.key("CORE"),
                "location", department.workshop));

        assertEquals(1, overdue.coresOwed() - before.coresOwed());
        assertEquals(1, overdue.coresOverdue() - before.coresOverdue());
        assertEquals(45.0, overdue.overdueCharge() - before.overdueCharge(), 0.001);
        assertEquals("CORE_CHARGED", charged.string("status"));
        lateCore.expectProblem(409, "invalid-transition")
                .expectFacts(Map.of("number", exchange, "currentStatus", "CORE_CHARGED", "allowed", List.of()));
        assertEquals(List.of("ISSUE " + pump + " REPAIRED→null"), department.ledger(exchange));
        Map<String, Object> unit = department.unit(poolUnit);
        assertEquals("AT_CUSTOMER", unit.get("status"));
        assertEquals("CUSTOMER", unit.get("owner"), "the customer paid for it: it is theirs now");
        Figures after = department.dashboard();
        assertEquals(0, after.coresOwed() - before.coresOwed());
        assertEquals(0, after.coresOverdue() - before.coresOverdue());
        assertEquals(0.0, after.overdueCharge() - before.overdueCharge(), 0.001);
        assertEquals(-1, after.pieces("REPAIRED") - before.pieces("REPAIRED"));
        assertEquals(0, department.onHand(pump, department.store, "REPAIRED"));
    }
}
