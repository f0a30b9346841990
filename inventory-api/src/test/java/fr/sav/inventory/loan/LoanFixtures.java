package fr.sav.inventory.loan;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What loan tests build and read: a serialized part of its own family, its units, a customer's repair order. */
final class LoanFixtures {

    private final Api api;
    private final Fixtures given;
    final String family = Fixtures.key("FAM");
    final String sku;

    LoanFixtures(Api api, String standardCost) {
        this.api = api;
        this.given = new Fixtures(api);
        this.sku = given.part(Map.of("family", family, "serialized", true, "repairable", true,
                "standardCost", standardCost));
    }

    /** A unit of ours received at the location in that condition, at that unit cost. */
    String unit(String location, String condition, String unitCost) {
        String serial = Fixtures.key("SN");
        api.post("/api/movements", Map.of("type", "RECEIPT", "sku", sku, "serial", serial, "toLocation", location,
                "condition", condition, "unitCost", unitCost)).expect(201);
        return serial;
    }

    /** A customer's item dropped off for repair: the order a loan is lent for. */
    String customerRepair(String workshop, String customer) {
        return api.post("/api/repair-orders", Map.of("sku", sku, "owner", "CUSTOMER", "origin", "CUSTOMER_DROP_OFF",
                "serial", Fixtures.key("CS"), "location", workshop, "customerRef", customer)).expect(201).string("number");
    }

    static LocalDate inDays(int days) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days);
    }

    /** The ledger rows of the part, newest first. */
    List<Map<String, Object>> ledger() {
        return api.get("/api/movements?sku=" + sku + "&size=100").expect(200).items();
    }

    /** The family's row of the stock valuation now: {quantity, value}, zeros when it holds nothing. */
    Map<String, Object> value() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) api.get("/api/stock/valuation?by=family")
                .expect(200).get("rows");
        return rows.stream().filter(r -> family.equals(r.get("key"))).findFirst()
                .orElse(Map.of("quantity", 0, "value", "0.00"));
    }

    void assertValue(int quantity, String value) {
        Map<String, Object> row = value();
        assertEquals(quantity, ((Number) row.get("quantity")).intValue(), row.toString());
        assertMoney(value, row.get("value"));
    }

    static void assertMoney(String expected, Object actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(String.valueOf(actual))),
                () -> "expected " + expected + ", got " + actual);
    }

    Reply unitView(String serial) {
        return api.get("/api/units/" + serial).expect(200);
    }
}
