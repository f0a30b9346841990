package fr.sav.inventory.exchange;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExchangeFlowTest extends ApiTest {

    @Test
    void aCoreComesBackIsRepairedReconditionedAndGoesOutAgainInANewExchange() {
        String sku = given.part(Map.of("serialized", true, "repairable", true, "standardCost", "200.00",
                "exchangePrice", "90.00"));
        String store = given.store();
        String workshop = given.workshop();
        String first = Fixtures.key("SN");
        given.receiveUnit(sku, first, store, "NEW");

        Reply exchange = admin.post("/api/exchanges", Map.of("sku", sku, "customerRef", "CLIENT-1", "coreDueDays", 15))
                .expect(201);
        String number = exchange.string("number");
        assertEquals(first, exchange.string("issuedSerial"));
        assertEquals("CORE_OWED", exchange.string("status"));
        assertEquals("AT_CUSTOMER", admin.get("/api/units/" + first).string("status"));
        assertEquals(1, admin.get("/api/parts/" + sku + "/stock").integer("coresOwed"));

        Reply received = admin.post("/api/exchanges/" + number + "/core", Map.of("serial", first, "location", workshop))
                .expect(200);
        String repair = received.string("repairOrder");
        assertEquals("CORE_RECEIVED", received.string("status"));
        assertEquals(1, admin.get("/api/units/" + first).integer("returnCount"), "a unit we issued came back");
        assertEquals("CORE_RETURN", admin.get("/api/repair-orders/" + repair).string("origin"));
        admin.post("/api/repair-orders/" + repair + "/diagnose", Map.of("findings", "usure", "estimatedCost", "40.00",
                "estimatedMinutes", 60)).expect(200);
        admin.post("/api/repair-orders/" + repair + "/start", "{}").expect(200);
        admin.post("/api/repair-orders/" + repair + "/complete", Map.of("condition", "RECONDITIONED", "laborMinutes", 50))
                .expect(200);

        Reply again = admin.post("/api/exchanges", Map.of("sku", sku, "customerRef", "CLIENT-2")).expect(201);
        assertEquals(first, again.string("issuedSerial"), "the reconditioned core rejoined the pool");
        assertEquals("RECONDITIONED", again.string("issuedCondition"));
        assertEquals(0, admin.get("/api/parts/" + sku + "/stock").integer("onHand"));
        admin.post("/api/exchanges/" + number + "/charge", "{}").expectProblem(409, "invalid-transition")
                .expectFacts(Map.of("number", number, "currentStatus", "CORE_RECEIVED", "allowed", List.of()));
        assertEquals(true, admin.get("/api/stock/audit").get("consistent"));
    }

    @Test
    void aCoreThatNeverComesIsChargedAndOverdueOnesAreListed() {
        String sku = given.part(Map.of("standardCost", "60.00"));
        String store = given.store();
        given.receive(sku, store, 2, "REPAIRED");

        Reply late = admin.post("/api/exchanges", Map.of("sku", sku, "customerRef", "CLIENT-3", "coreDueDays", 0))
                .expect(201);
        Reply charged = admin.post("/api/exchanges", Map.of("sku", sku, "customerRef", "CLIENT-4", "coreCharge", "25.00"))
                .expect(201);
        admin.post("/api/exchanges/" + charged.string("number") + "/charge", "{}").expect(200);

        assertEquals(60.0, ((Number) late.get("coreCharge")).doubleValue(), "defaults to a new part's cost");
        assertEquals("CORE_CHARGED", admin.get("/api/exchanges/" + charged.string("number")).string("status"));
        Reply owed = admin.get("/api/exchanges?status=CORE_OWED&sku=" + sku).expect(200);
        assertEquals(1, owed.integer("total"));
        assertEquals(0, admin.get("/api/exchanges?overdue=true&sku=" + sku).integer("total"),
                "due today is not overdue yet");
        admin.post("/api/exchanges", Map.of("sku", sku, "customerRef", "CLIENT-5")).expectProblem(409, "insufficient-stock");
        admin.post("/api/exchanges/" + late.string("number") + "/core", Map.of("location", store))
                .expectProblem(409, "defective-location");
        assertEquals("CORE_OWED", admin.get("/api/exchanges/" + late.string("number")).string("status"));
    }

    @Test
    void thePoolSizeIsRecommendedFromTheObservedExchangeRate() {
        String sku = given.part(Map.of("standardCost", "60.00"));
        String store = given.store();
        given.receive(sku, store, 6, "RECONDITIONED");
        for (int i = 0; i < 4; i++) {
            admin.post("/api/exchanges", Map.of("sku", sku, "customerRef", "C" + i)).expect(201);
        }

        Reply pool = admin.get("/api/parts/" + sku + "/exchange-pool?windowDays=30").expect(200);

        assertEquals(2, pool.integer("ready"));
        assertEquals(4, pool.integer("owedByCustomers"));
        assertEquals(4, pool.integer("exchangesInWindow"));
        assertEquals(4.0 / 30, ((Number) pool.get("exchangesPerDay")).doubleValue(), 1e-3);
        assertEquals(false, pool.get("coreReturnObserved"));
        assertEquals(37.0, ((Number) pool.get("turnaroundDays")).doubleValue(), 1e-6, "30 assumed + 7 assumed");
        assertEquals(PoolSizing.recommended(4.0 / 30 * 37, 0.95), pool.integer("recommendedPoolSize"));
        assertTrue(pool.string("explanation").contains("assumed"));
        admin.get("/api/parts/" + sku + "/exchange-pool?targetAvailability=1.5").expectProblem(400, "invalid-request");
    }
}
