package fr.sav.inventory.stock;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DOMAIN rule 16: every movement carries its value at the moving average, and the stock's value is read from the ledger. */
class StockValuationTest extends ApiTest {

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void issuesTakeOutTheMovingAverageAndTheValuationAnswersNowAndBetweenTheReceipts() {
        String family = Fixtures.key("FAM");
        String sku = given.part(Map.of("family", family, "standardCost", "12.00"));
        String store = given.store();

        Reply first = move("RECEIPT", sku, 10, null, store, "10.00", now.minus(3, ChronoUnit.HOURS));
        Reply second = move("RECEIPT", sku, 10, null, store, "20.00", now.minus(2, ChronoUnit.HOURS));
        Reply issue = move("ISSUE", sku, 5, store, null, null, now.minus(1, ChronoUnit.HOURS));

        assertMoney("100.00", first.get("value"));
        assertMoney("20.00", second.get("unitValue"));
        assertMoney("15.00", issue.get("unitValue"));
        assertMoney("75.00", issue.get("value"));
        assertRow(admin.get("/api/stock/valuation?by=family").expect(200), family, 15, "225.00");
        Instant between = now.minus(150, ChronoUnit.MINUTES);
        assertRow(admin.get("/api/stock/valuation?by=family&at=" + between).expect(200), family, 10, "100.00");
        assertRow(admin.get("/api/stock/valuation?by=location").expect(200), store, 15, "225.00");
        assertRow(admin.get("/api/stock/valuation?by=location&at=" + between).expect(200), store, 10, "100.00");
        Map<String, Object> ledgerIssue = admin.get("/api/movements?sku=" + sku + "&type=ISSUE").expect(200).items().get(0);
        assertMoney("75.00", ledgerIssue.get("value"));
        assertMoney("15.00", ledgerIssue.get("unitValue"));
    }

    @Test
    void anInstantLongAgoIsAnsweredByReplayingTheLedgerUpToItAndNowByUndoingNothing() {
        String family = Fixtures.key("FAM");
        String sku = given.part(Map.of("family", family, "standardCost", "12.00"));
        String store = given.store();
        Instant longAgo = Instant.parse("2001-01-01T08:00:00Z");

        move("RECEIPT", sku, 10, null, store, "10.00", longAgo);
        move("RECEIPT", sku, 10, null, store, "20.00", longAgo.plus(2, ChronoUnit.DAYS));
        move("ISSUE", sku, 5, store, null, null, longAgo.plus(4, ChronoUnit.DAYS));

        for (String by : List.of("family", "location")) {
            String key = by.equals("family") ? family : store;
            assertRow(admin.get("/api/stock/valuation?by=" + by + "&at=2001-01-02").expect(200), key, 10, "100.00");
            assertRow(admin.get("/api/stock/valuation?by=" + by + "&at=2001-01-03T12:00:00Z").expect(200), key, 20, "300.00");
            assertRow(admin.get("/api/stock/valuation?by=" + by).expect(200), key, 15, "225.00");
        }
        assertEquals(List.of(), rows(admin.get("/api/stock/valuation?by=family&at=2000-12-31").expect(200)).stream()
                .filter(row -> family.equals(row.get("key"))).toList());
    }

    @Test
    void aLocationIsWorthItsPiecesAtTheAverageAndTheCsvSaysTheSame() {
        String sku = given.part(Map.of("standardCost", "8.00"));
        String store = given.store();
        String other = given.store();
        move("RECEIPT", sku, 4, null, store, "10.00", null);
        move("RECEIPT", sku, 4, null, store, "14.00", null);

        move("TRANSFER", sku, 2, store, other, null, null);

        Map<String, Object> row = rows(admin.get("/api/stock/valuation?by=location").expect(200)).stream()
                .filter(r -> other.equals(r.get("key"))).findFirst().orElseThrow();
        assertEquals(2, ((Number) row.get("quantity")).intValue());
        assertMoney("24.00", row.get("value"));
        String csv = admin.get("/api/stock/valuation.csv?by=location").expect(200).text();
        assertTrue(csv.startsWith("location,quantity,value\r\n"), csv);
        assertTrue(csv.contains("\r\n" + other + ",2,24.00\r\n"), csv);
    }

    @Test
    void aReturnLandsAtTheDefectiveShareAndAReversalTakesBackWhatItReverses() {
        String sku = given.part(Map.of("standardCost", "50.00"));
        String store = given.store();
        String workshop = given.workshop();
        move("RECEIPT", sku, 1, null, store, "30.00", null);
        Reply late = move("RECEIPT", sku, 1, null, store, "60.00", null);

        Reply back = admin.post("/api/movements", Map.of("type", "RETURN", "sku", sku, "toLocation", workshop))
                .expect(201);
        Reply undo = admin.post("/api/movements/" + ((Number) late.get("id")).longValue() + "/reverse", Map.of())
                .expect(201);

        assertMoney("10.00", back.get("value"));
        assertMoney("60.00", undo.get("value"));
        Reply issue = move("ISSUE", sku, 1, store, null, null, null);
        assertMoney("30.00", issue.get("value"));
        Reply audit = admin.get("/api/stock/audit").expect(200);
        assertEquals(List.of(), audit.get("valueMismatches"), audit.text());
    }

    @Test
    void aBadInstantOrBreakdownIsA400AndOnlyManagersAndBuyersSeeTheValue() {
        admin.get("/api/stock/valuation?at=yesterday").expectProblem(400, "invalid-request");
        admin.get("/api/stock/valuation?at=1999-12-31").expectProblem(400, "invalid-request");
        Reply colour = admin.get("/api/stock/valuation?by=colour").expectProblem(400, "invalid-request");
        assertEquals(List.of(Map.of("field", "by", "message", "must be one of condition, location, family, not colour",
                "rule", "one-of", "facts", Map.of("allowed", List.of("condition", "location", "family"), "value", "colour"))),
                colour.get("errors"), "the rule and its facts, for the pages");
        admin.get("/api/stock/valuation.csv?by=colour").expectProblem(400, "invalid-request");

        userWith("STOREKEEPER").get("/api/stock/valuation").expect(403);
        userWith("BUYER").get("/api/stock/valuation?by=condition&at=2026-01-31").expect(200);
    }

    private Reply move(String type, String sku, int quantity, String from, String to, String unitCost, Instant at) {
        return admin.post("/api/movements", ValuedMovement.body(type, sku, quantity, from, to, unitCost, at)).expect(201);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Reply valuation) {
        return (List<Map<String, Object>>) valuation.get("rows");
    }

    private static void assertRow(Reply valuation, String key, int quantity, String value) {
        List<Map<String, Object>> rows = rows(valuation).stream().filter(row -> key.equals(row.get("key"))).toList();
        assertEquals(1, rows.size(), valuation.text());
        assertEquals(quantity, ((Number) rows.get(0).get("quantity")).intValue(), valuation.text());
        assertMoney(value, rows.get(0).get("value"));
    }

    private static void assertMoney(String expected, Object actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(String.valueOf(actual))),
                () -> "expected " + expected + ", got " + actual);
    }
}
