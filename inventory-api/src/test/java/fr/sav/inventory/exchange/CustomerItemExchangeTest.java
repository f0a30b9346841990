package fr.sav.inventory.exchange;

import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A customer's item not worth repairing becomes our core, in the one transaction that hands over a pool unit. */
class CustomerItemExchangeTest extends ApiTest {

    @Inject
    Sql sql;

    @Inject
    Transactions transactions;

    @Test
    void aCustomerTakesAStandardExchangeAndTheirItemBecomesOurCore() {
        String sku = exchangeablePart();
        String store = given.store();
        String workshop = given.workshop();
        String pool = Fixtures.key("SN");
        String item = Fixtures.key("CUST");
        given.receiveUnit(sku, pool, store, "RECONDITIONED");
        String number = dropOffNotWorthRepairing(sku, item, workshop);

        Reply exchanged = admin.post("/api/repair-orders/" + number + "/exchange", Map.of("coreCharge", "80.00"))
                .expect(200);

        String exchange = exchanged.string("exchange");
        assertEquals("EXCHANGED", exchanged.string("status"));
        assertEquals("EXCHANGED", exchanged.string("outcome"));
        Reply ex = admin.get("/api/exchanges/" + exchange).expect(200);
        assertEquals("CORE_RECEIVED", ex.string("status"));
        assertEquals(pool, ex.string("issuedSerial"));
        assertEquals(item, ex.string("coreSerial"));
        assertEquals("AT_CUSTOMER", admin.get("/api/units/" + pool).string("status"));
        Reply core = admin.get("/api/units/" + item).expect(200);
        assertEquals("COMPANY", core.string("owner"));
        assertEquals("DEFECTIVE", core.string("condition"));
        assertEquals(1, core.integer("returnCount"), "the drop-off was its one return");
        List<Map<String, Object>> in = admin.get("/api/movements?sku=" + sku + "&type=RETURN").expect(200).items();
        assertEquals(1, in.size(), "a movement brings the core in");
        assertEquals(workshop, in.get(0).get("toLocation"));
        assertEquals(exchange, in.get(0).get("reference"));
        Reply coreOrder = admin.get("/api/repair-orders/" + ex.string("repairOrder")).expect(200);
        assertEquals("CORE_RETURN", coreOrder.string("origin"));
        assertEquals("COMPANY", coreOrder.string("owner"));
        assertEquals(item, coreOrder.string("serial"));
        assertEquals(true, admin.get("/api/stock/audit").get("consistent"));
    }

    @Test
    void anExchangeWithAnEmptyPoolIsRefusedChangesNothingAndIsKeptAsUnmetDemand() {
        String sku = exchangeablePart();
        String workshop = given.workshop();
        String item = Fixtures.key("CUST");
        String number = dropOffNotWorthRepairing(sku, item, workshop);

        admin.post("/api/repair-orders/" + number + "/exchange", "{}").expectProblem(409, "insufficient-stock");

        assertEquals("DIAGNOSED", admin.get("/api/repair-orders/" + number).string("status"));
        assertEquals("CUSTOMER", admin.get("/api/units/" + item).string("owner"));
        assertEquals(List.of("EXCHANGE 1"), transactions.read(() -> sql.list("SELECT CONCAT(u.source, ' ', u.quantity) "
                + "FROM unmet_demand u JOIN part p ON p.id = u.part_id WHERE p.sku = ? AND u.reference = ?",
                row -> row.getString(1), sku, number)), "an exchange asked for with nothing in the pool is demand");
    }

    @Test
    void aUnitWeIssuedInAnExchangeComesBackAsACustomersDropOffAndIsRecognised() {
        String sku = exchangeablePart();
        String store = given.store();
        String workshop = given.workshop();
        String ours = Fixtures.key("SN");
        given.receiveUnit(sku, ours, store, "REPAIRED");
        String exchange = admin.post("/api/exchanges", Map.of("sku", sku, "customerRef", "CLIENT-5")).expect(201)
                .string("number");

        Reply dropOff = admin.post("/api/repair-orders", Map.of("sku", sku, "serial", ours, "owner", "CUSTOMER",
                "origin", "CUSTOMER_DROP_OFF", "location", workshop, "customerRef", "CLIENT-5")).expect(201);

        assertEquals(exchange, dropOff.string("issuedInExchange"));
        assertEquals(1, dropOff.integer("returnCount"));
        assertEquals(1, admin.get("/api/units/" + ours).integer("returnCount"));
    }

    private String exchangeablePart() {
        return given.part(Map.of("serialized", true, "repairable", true, "standardCost", "200.00",
                "exchangePrice", "90.00"));
    }

    private String dropOffNotWorthRepairing(String sku, String serial, String workshop) {
        String number = admin.post("/api/repair-orders", Map.of("sku", sku, "serial", serial, "owner", "CUSTOMER",
                "origin", "CUSTOMER_DROP_OFF", "location", workshop, "customerRef", "CLIENT-8")).expect(201)
                .string("number");
        admin.post("/api/repair-orders/" + number + "/diagnose", Map.of("findings", "bloc moteur fendu",
                "estimatedCost", "180.00", "estimatedMinutes", 60)).expect(200);
        return number;
    }
}
