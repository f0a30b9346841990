package fr.sav.inventory.stock;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A part holding more pieces than an int counts (2^31 = 2,147,483,648), spread over two locations: every
 * screen that shows its stock shows the true figure, and nothing answers 500.
 */
class LargeStockTest extends ApiTest {

    private static final int RECEIPT = 1_000_000;
    private static final int RECEIPTS_AT_FIRST_STORE = 2_147;
    private static final long TOTAL = (RECEIPTS_AT_FIRST_STORE + 1L) * RECEIPT;

    private String sku;
    private String first;
    private long dashboardPiecesBefore;

    @BeforeAll
    void aPartWithMoreThanTwoBillionPieces() {
        sku = given.part(Map.of("repairable", true, "family", "LARGE-" + System.nanoTime()));
        first = given.store();
        String second = given.store();
        dashboardPiecesBefore = dashboardPieces();
        IntStream.range(0, RECEIPTS_AT_FIRST_STORE).parallel().forEach(i -> given.receive(sku, first, RECEIPT, "USED"));
        given.receive(sku, second, RECEIPT, "USED");
    }

    @Test
    void thePartsStockShowsTheTrueTotals() {
        Reply stock = admin.get("/api/parts/" + sku + "/stock").expect(200);

        assertEquals(TOTAL, number(stock.get("onHand")));
        assertEquals(TOTAL, number(stock.get("available")));
        assertEquals(TOTAL, number(stock.get("usableAvailable")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> byCondition = (List<Map<String, Object>>) stock.get("byCondition");
        assertEquals(TOTAL, number(byCondition.get(0).get("onHand")));
        assertEquals(2_147_000_000L, number(admin.get("/api/stock?sku=" + sku + "&location=" + first).expect(200)
                .items().get(0).get("onHand")));
    }

    @Test
    void theExchangePoolCountsEveryReadyPiece() {
        Reply pool = admin.get("/api/parts/" + sku + "/exchange-pool").expect(200);

        assertEquals(TOTAL, number(pool.get("ready")));
        assertEquals(TOTAL, number(pool.get("currentPool")));
        assertEquals(1.0, ((Number) pool.get("availabilityAtCurrent")).doubleValue());
    }

    @Test
    void theDashboardCountsThePieces() {
        assertEquals(TOTAL, dashboardPieces() - dashboardPiecesBefore);
    }

    @Test
    void reorderSuggestionsStillAnswerAndLeaveAWellStockedPartOut() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) admin.get("/api/reorder-suggestions").expect(200).json();

        assertTrue(rows.stream().noneMatch(row -> sku.equals(row.get("sku"))));
    }

    @Test
    void availabilityOffersToCannibaliseThatStockForAComponentItHolds() {
        String component = given.part();
        admin.put("/api/parts/" + sku + "/components", Map.of("components",
                List.of(Map.of("sku", component, "quantity", 2)))).expect(200);

        Reply availability = admin.get("/api/parts/" + component + "/availability?quantity=100000").expect(200);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> options = (List<Map<String, Object>>) availability.get("options");
        assertEquals(List.of(100_000L, 100_000L), options.stream().filter(o -> "CANNIBALISE".equals(o.get("source")))
                .map(o -> number(o.get("quantity"))).toList());
    }

    @Test
    void aReceiptBeyondWhatOneLevelHoldsIsRefusedAndChangesNothing() {
        admin.post("/api/movements", Map.of("type", "RECEIPT", "sku", sku, "toLocation", first,
                "quantity", RECEIPT, "condition", "USED")).expectProblem(409, "quantity-out-of-range");

        assertEquals(TOTAL, number(admin.get("/api/parts/" + sku + "/stock").get("onHand")));
    }

    private long dashboardPieces() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> values = (List<Map<String, Object>>) admin.get("/api/dashboard").expect(200)
                .get("stockValue");
        return values.stream().filter(v -> "USED".equals(v.get("condition")))
                .mapToLong(v -> number(v.get("pieces"))).sum();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
