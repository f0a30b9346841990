package fr.sav.inventory.repair;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One definition of a return: what comes back faulty counts one, whichever way it came back; an unused part does not. */
class ReturnCountTest extends ApiTest {

    @Test
    void aPartTakenForAnInterventionAndNotUsedIsNoReturn() {
        String sku = given.serializedPart();
        String store = given.store();
        String workshop = given.workshop();
        String serial = Fixtures.key("SN");
        given.receiveUnit(sku, serial, store, "NEW");
        admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "serial", serial, "reference", "INTER-1"))
                .expect(201);

        Reply unused = admin.post("/api/movements", Map.of("type", "RETURN", "sku", sku, "serial", serial,
                "toLocation", workshop, "reason", "UNUSED")).expect(201);
        int afterUnused = admin.get("/api/units/" + serial).integer("returnCount");
        admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "serial", serial, "reference",
                "RO-2026-000001")).expect(201);
        Reply faulty = admin.post("/api/movements", Map.of("type", "RETURN", "sku", sku, "serial", serial,
                "toLocation", workshop)).expect(201);

        assertEquals("UNUSED", unused.string("reason"));
        assertEquals(0, afterUnused);
        assertEquals("FAULTY", faulty.string("reason"), "a return is faulty unless said otherwise");
        assertEquals(1, admin.get("/api/units/" + serial).integer("returnCount"));
        admin.post("/api/movements", Map.of("type", "RETURN", "sku", sku, "toLocation", workshop, "reason", "BROKEN"))
                .expectProblem(400, "bad-request");
        admin.post("/api/movements", Map.of("type", "RECEIPT", "sku", sku, "serial", Fixtures.key("SN"),
                "toLocation", store, "reason", "CORE")).expectProblem(400, "invalid-request");
    }

    @Test
    void theThirdFaultyReturnOfACustomersItemRecommendsAnExchangeAsForACompanyUnit() {
        String sku = given.part(Map.of("serialized", true, "repairable", true, "standardCost", "200.00",
                "exchangePrice", "90.00"));
        String workshop = given.workshop();
        String waiting = given.location("AWAITING_CUSTOMER");
        String serial = Fixtures.key("CUST");

        Reply first = dropOffDiagnosed(sku, serial, workshop);
        handBackUnrepaired(first.string("number"), waiting);
        Reply second = dropOffDiagnosed(sku, serial, workshop);
        handBackUnrepaired(second.string("number"), waiting);
        Reply third = dropOffDiagnosed(sku, serial, workshop);

        assertEquals("REPAIR", first.string("recommendation"));
        assertEquals(2, second.integer("returnCount"));
        assertEquals(3, third.integer("returnCount"));
        assertEquals("EXCHANGE", third.string("recommendation"), third.string("recommendationReason"));
        assertEquals(3, admin.get("/api/units/" + serial).integer("returnCount"));
    }

    private Reply dropOffDiagnosed(String sku, String serial, String workshop) {
        String number = admin.post("/api/repair-orders", Map.of("sku", sku, "serial", serial, "owner", "CUSTOMER",
                "origin", "CUSTOMER_DROP_OFF", "location", workshop, "customerRef", "CLIENT-9")).expect(201).string("number");
        return admin.post("/api/repair-orders/" + number + "/diagnose", Map.of("findings", "ne chauffe plus",
                "estimatedCost", "10.00", "estimatedMinutes", 0)).expect(200);
    }

    private void handBackUnrepaired(String number, String waiting) {
        admin.post("/api/repair-orders/" + number + "/quote", Map.of("amount", "60.00", "location", waiting)).expect(200);
        admin.post("/api/repair-orders/" + number + "/refuse", "{}").expect(200);
        admin.post("/api/repair-orders/" + number + "/deliver", "{}").expect(200);
    }
}
