package fr.sav.inventory.repair;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** DOMAIN rule 16: a repair costs its parts at their ledger value, labour and subcontracting, charged to what it was for. */
class RepairCostTest extends ApiTest {

    @Test
    void reconditioningACoreCostsItsPartsLabourAndSubcontractingChargedToTheExchange() {
        String family = Fixtures.key("FAM");
        String sku = given.part(Map.of("serialized", true, "repairable", true, "standardCost", "200.00",
                "family", family));
        String spare = given.part(Map.of("standardCost", "10.00"));
        String store = given.store();
        String workshop = given.workshop();
        String supplier = given.supplier();
        admin.post("/api/locations", Map.of("code", supplier, "name", "Sous-traitant", "kind", "SUBCONTRACTOR"))
                .expect(201);
        String serial = Fixtures.key("SN");
        admin.post("/api/movements", Map.of("type", "RECEIPT", "sku", sku, "serial", serial, "toLocation", store,
                "unitCost", "180.00")).expect(201);
        receive(spare, store, 4, "10.00");
        receive(spare, store, 4, "14.00");
        String exchange = admin.post("/api/exchanges", Map.of("sku", sku, "customerRef", "CLIENT-9")).expect(201)
                .string("number");
        String order = admin.post("/api/exchanges/" + exchange + "/core", Map.of("serial", serial, "location", workshop))
                .expect(200).string("repairOrder");

        post(order, "diagnose", Map.of("findings", "moteur", "estimatedCost", "40.00", "estimatedMinutes", 60));
        post(order, "send-to-subcontractor", Map.of("supplier", supplier, "expectedDate", LocalDate.now().toString()));
        post(order, "receive-from-subcontractor", Map.of("cost", "30.00"));
        Reply issue = admin.post("/api/movements", Map.of("type", "ISSUE", "sku", spare, "quantity", 2,
                "fromLocation", store, "reference", order)).expect(201);
        post(order, "complete", Map.of("condition", "RECONDITIONED", "laborMinutes", 40));

        assertMoney("24.00", issue.get("value"));
        Reply repaired = admin.get("/api/repair-orders/" + order).expect(200);
        assertEquals(Map.of("parts", "24.00", "labour", "30.00", "subcontract", "30.00", "other", "0.00",
                "total", "84.00"), money(repaired.get("costs")));
        assertEquals(exchange, repaired.string("chargedTo"));
        assertMoney("84.00", admin.get("/api/exchanges/" + exchange).expect(200).get("reconditioningCost"));
        @SuppressWarnings("unchecked")
        Map<String, Object> regrade = admin.get("/api/movements?type=REGRADE&reference=" + order).expect(200).items()
                .get(0);
        assertMoney("124.00", regrade.get("value"));
        assertMoney("84.00", regrade.get("valueAdded"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) admin.get("/api/stock/valuation?by=family")
                .expect(200).get("rows");
        Map<String, Object> row = rows.stream().filter(r -> family.equals(r.get("key"))).findFirst().orElseThrow();
        assertMoney("124.00", row.get("value"));
        Reply audit = admin.get("/api/stock/audit").expect(200);
        assertEquals(true, audit.get("consistent"), audit.text());
    }

    @Test
    void aStoreItemIsChargedToTheStoreAndACustomersToTheCustomer() {
        String sku = given.part(Map.of("repairable", true, "standardCost", "50.00"));
        String workshop = given.workshop();
        admin.post("/api/movements", Map.of("type", "RETURN", "sku", sku, "toLocation", workshop)).expect(201);

        Reply store = admin.post("/api/repair-orders", Map.of("sku", sku, "owner", "COMPANY",
                "origin", "STOCK_DEFECTIVE", "location", workshop)).expect(201);
        Reply customer = admin.post("/api/repair-orders", Map.of("sku", sku, "serial", Fixtures.key("CUST"),
                "owner", "CUSTOMER", "origin", "CUSTOMER_DROP_OFF", "location", workshop, "customerRef", "CLIENT-77"))
                .expect(201);

        assertEquals("STORE", store.string("chargedTo"));
        assertEquals(Map.of("parts", "0.00", "labour", "0.00", "subcontract", "0.00", "other", "0.00",
                "total", "0.00"), money(store.get("costs")));
        assertEquals("CLIENT-77", customer.string("chargedTo"));
    }

    private void receive(String sku, String location, int quantity, String unitCost) {
        admin.post("/api/movements", Map.of("type", "RECEIPT", "sku", sku, "toLocation", location, "quantity", quantity,
                "unitCost", unitCost)).expect(201);
    }

    private void post(String order, String action, Object body) {
        admin.post("/api/repair-orders/" + order + "/" + action, body).expect(200);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> money(Object costs) {
        Map<String, String> out = new java.util.TreeMap<>();
        ((Map<String, Object>) costs).forEach((k, v) -> out.put(k, new BigDecimal(String.valueOf(v)).setScale(2).toPlainString()));
        return out;
    }

    private static void assertMoney(String expected, Object actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(String.valueOf(actual))),
                () -> "expected " + expected + ", got " + actual);
    }
}
