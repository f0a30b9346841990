package fr.sav.inventory.purchasing;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Backdating;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The buyer's supplier figures in a world small enough to check by hand, and the reorder suggestion planning with
 * the observed lead time once a supplier has delivered at least five times in twelve months.
 *
 * <p>Supplier S promises 10 days on part A and delivered six requests in the last year, 8, 12, 12, 15, 9 and 20 days
 * after ordering: sorted 8 9 12 12 15 20, median (12 + 12) / 2 = 12, 90th percentile the ⌈0.9 × 6⌉ = 6th value 20;
 * on time (10 days or less) 2 of 6. A seventh delivery, 100 days after its order but 400 days ago, is out of the
 * window (with it the 90th percentile would be 100). S got back 2 pieces after a failed quality check (credited
 * 30.00) and 1 dead on arrival (credited 15.50): 2 returns, 3 pieces, 45.50 EUR, 2 quality rejects.
 */
class SupplierFiguresTest extends ApiTest {

    private static final int[][] DELIVERIES = {{10, 8}, {20, 12}, {30, 12}, {40, 15}, {50, 9}, {60, 20}};

    private Api buyer;
    private Api storekeeper;
    private final Instant now = Instant.now();

    @BeforeAll
    void accounts() {
        buyer = userWith("BUYER");
        storekeeper = userWith("STOREKEEPER");
    }

    @Test
    void leadTimesOnTimeShareQualityRejectsAndVendorReturnsComputeAsByHand() throws SQLException {
        String supplier = given.supplier();
        String part = given.part();
        String store = given.store();
        offer(supplier, part, 10);
        for (int[] delivery : DELIVERIES) {
            delivered(supplier, part, store, delivery[0], delivery[1]);
        }
        delivered(supplier, part, store, 400, 100);
        returned(supplier, part, store, "QC_FAILED", 2, "30.00");
        returned(supplier, part, store, "DOA", 1, "15.50");
        String idle = given.supplier();

        Reply figures = admin.get("/api/suppliers/" + supplier + "/figures").expect(200);
        List<Map<String, Object>> listed = rows(admin.get("/api/suppliers/figures?supplier=" + supplier).expect(200));
        Reply nothing = admin.get("/api/suppliers/" + idle + "/figures").expect(200);

        assertEquals(6, figures.integer("receipts"), figures.text());
        assertEquals(12, figures.integer("piecesReceived"));
        assertEquals(12.0, ((Number) figures.get("leadTimeMedianDays")).doubleValue());
        assertEquals(20, figures.integer("leadTimeP90Days"));
        assertEquals(6, figures.integer("receiptsWithPromise"));
        assertEquals(2, figures.integer("onTimeReceipts"));
        assertEquals(0.3333, ((Number) figures.get("onTimeShare")).doubleValue());
        assertEquals(2, figures.integer("qualityRejects"));
        assertEquals(2, figures.integer("vendorReturns"));
        assertEquals(3, figures.integer("vendorReturnPieces"));
        assertEquals(45.5, ((Number) figures.get("creditTotal")).doubleValue());
        assertEquals("EUR", figures.string("currency"));
        assertEquals(List.of(figures.body()), listed);
        assertEquals(0, nothing.integer("receipts"));
        assertNull(nothing.get("leadTimeMedianDays"));
        assertNull(nothing.get("onTimeShare"));
        assertTrue(rows(admin.get("/api/suppliers/figures").expect(200)).stream()
                .anyMatch(row -> supplier.equals(row.get("supplier"))));
        admin.get("/api/suppliers/NO-SUCH-SUPPLIER/figures").expectProblem(404, "not-found");
        admin.get("/api/suppliers/figures?supplier=NO-SUCH-SUPPLIER").expectProblem(404, "not-found");
    }

    @Test
    void theSuggestionPlansWithTheObservedLeadTimeFromFiveReceiptsAndWithTheOffersBelow() throws SQLException {
        String seasoned = given.supplier();
        String newcomer = given.supplier();
        String store = given.store();
        String delivered = given.part();
        offer(seasoned, delivered, 10);
        offer(newcomer, delivered, 10);
        for (int[] delivery : DELIVERIES) {
            delivered(seasoned, delivered, store, delivery[0], delivery[1]);
        }
        for (int[] delivery : List.of(DELIVERIES).subList(0, 4).toArray(int[][]::new)) {
            delivered(newcomer, delivered, store, delivery[0], 1);
        }
        String fromSeasoned = Fixtures.key("FAM");
        String fromNewcomer = Fixtures.key("FAM");
        offer(seasoned, consumedPart(fromSeasoned, store), 30);
        offer(newcomer, consumedPart(fromNewcomer, store), 30);

        Map<String, Object> observed = PurchasingFixtures.suggestions(buyer, fromSeasoned).get(0);
        Map<String, Object> promised = PurchasingFixtures.suggestions(buyer, fromNewcomer).get(0);

        String why = (String) observed.get("explanation");
        assertEquals(12, observed.get("leadTimeDays"), why);
        assertEquals("OBSERVED", observed.get("leadTimeSource"));
        assertTrue(why.contains("Lead time 12 days"), why);
        assertTrue(why.contains("observed lead time 12 days over 6 receipts from " + seasoned), why);
        assertTrue(why.contains("not the offer lead time of 30 days"), why);
        String because = (String) promised.get("explanation");
        assertEquals(30, promised.get("leadTimeDays"), because);
        assertEquals("OFFER", promised.get("leadTimeSource"));
        assertTrue(because.contains("offer lead time 30 days from " + newcomer), because);
    }

    private void offer(String supplier, String sku, int leadTimeDays) {
        admin.post("/api/suppliers/" + supplier + "/offers", Map.of("supplierRef", "R-" + sku, "sku", sku,
                "price", "5.00", "leadTimeDays", leadTimeDays)).expect(200);
    }

    private String consumedPart(String family, String store) {
        String sku = given.part(Map.of("family", family));
        PurchasingFixtures.consumed(admin, sku, store);
        return sku;
    }

    /**
     * Two pieces ordered, then received through the request; dated as ordered and received that many days ago (the
     * service never backdates them itself).
     */
    private void delivered(String supplier, String sku, String store, int daysAgo, int leadDays) throws SQLException {
        String number = PurchasingFixtures.ordered(buyer, admin, supplier, List.of(Map.of("sku", sku, "quantity", 2)));
        storekeeper.post("/api/purchase-requests/" + number + "/receive", Map.of("lines", List.of(Map.of("sku", sku,
                "quantity", 2, "location", store)))).expect(200);
        Backdating.ordered(number, now.minus(daysAgo + leadDays, ChronoUnit.DAYS));
        Backdating.received(number, now.minus(daysAgo, ChronoUnit.DAYS));
    }

    private void returned(String supplier, String sku, String store, String reason, int quantity, String credit) {
        String number = buyer.post("/api/supplier-returns", Map.of("supplier", supplier, "reason", reason, "lines",
                List.of(Map.of("sku", sku, "quantity", quantity, "condition", "NEW", "location", store)))).expect(201)
                .string("number");
        buyer.post("/api/supplier-returns/" + number + "/credit", Map.of("amount", credit)).expect(200);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Reply reply) {
        return (List<Map<String, Object>>) reply.json();
    }
}
