package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** From ledger history to suggestions, purchase requests, validation, order, partial and full receipt, and export. */
class PurchasingFlowTest extends ApiTest {

    @Inject
    Sql sql;

    @Inject
    Transactions transactions;

    /** Another account than the one that creates and submits: four eyes. */
    private Api approver;

    @BeforeAll
    void approver() {
        approver = userWith("MANAGER");
    }

    @Test
    void consumptionBecomesASuggestionARequestAndStockAgain() {
        String family = Fixtures.key("FAM");
        String supplier = given.supplier();
        String sku = given.part(Map.of("family", family));
        String store = given.store();
        admin.post("/api/suppliers/" + supplier + "/offers", Map.of("supplierRef", "REF-" + sku, "sku", sku,
                "price", "12.50", "minOrderQty", 10, "packSize", 5, "leadTimeDays", 14, "preferred", true)).expect(200);
        given.receive(sku, store, 60, "NEW");
        Instant now = Instant.now();
        for (int week = 40; week >= 1; week--) {
            admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", store, "quantity", 1 + week % 2,
                    "reference", "TEST-RO-" + week, "occurredAt", now.minus(week * 7L, ChronoUnit.DAYS).toString())).expect(201);
        }

        List<Map<String, Object>> suggested = suggestions(family);

        assertEquals(1, suggested.size(), suggested.toString());
        Map<String, Object> row = suggested.get(0);
        assertEquals(sku, row.get("sku"));
        assertEquals(supplier, row.get("supplier"));
        assertEquals("SMOOTH", row.get("classification"));
        assertEquals(0, ((Number) row.get("suggestedQuantity")).intValue() % 5, "a whole number of packs");
        assertTrue(((Number) row.get("suggestedQuantity")).intValue() >= 10, "at least the minimum order");
        assertTrue(((Number) row.get("position")).doubleValue() < ((Number) row.get("reorderPoint")).doubleValue());
        assertTrue(((String) row.get("explanation")).contains("reorder point"), (String) row.get("explanation"));

        Reply created = admin.post("/api/purchase-requests", Map.of("fromSuggestions", true, "family", family)).expect(201);
        Map<?, ?> request = (Map<?, ?>) ((List<?>) created.get("requests")).get(0);
        String number = (String) request.get("number");
        int quantity = ((Number) ((Map<?, ?>) ((List<?>) request.get("lines")).get(0)).get("quantity")).intValue();
        assertEquals("DRAFT", request.get("status"));
        assertEquals(quantity, admin.get("/api/parts/" + sku + "/stock").integer("onOrder"));
        assertEquals(List.of(), suggestions(family), "what is on order is not suggested again");

        admin.post("/api/purchase-requests/" + number + "/order", "{}").expectProblem(409, "invalid-transition")
                .expectFacts(Map.of("number", number, "currentStatus", "DRAFT", "action", "order"));
        admin.post("/api/purchase-requests/" + number + "/submit", "{}").expect(200);
        approver.post("/api/purchase-requests/" + number + "/approve", "{}").expect(200);
        admin.post("/api/purchase-requests/" + number + "/order", "{}").expect(200);
        Reply partial = admin.post("/api/purchase-requests/" + number + "/receive", Map.of("lines",
                List.of(Map.of("sku", sku, "quantity", 5, "location", store)))).expect(200);
        assertEquals("PARTIALLY_RECEIVED", partial.string("status"));
        admin.post("/api/purchase-requests/" + number + "/receive", Map.of("lines",
                List.of(Map.of("sku", sku, "quantity", quantity, "location", store)))).expectProblem(409, "over-receipt")
                .expectFacts(Map.of("sku", sku, "outstanding", quantity - 5));
        Reply full = admin.post("/api/purchase-requests/" + number + "/receive", Map.of("lines",
                List.of(Map.of("sku", sku, "quantity", quantity - 5, "location", store)))).expect(200);

        assertEquals("RECEIVED", full.string("status"));
        assertEquals(0, admin.get("/api/parts/" + sku + "/stock").integer("onOrder"));
        Reply receipts = admin.get("/api/movements?type=RECEIPT&reference=" + number).expect(200);
        assertEquals(2, receipts.integer("total"));
        assertEquals(12.5, ((Number) receipts.items().get(0).get("unitCost")).doubleValue());
        assertEquals(12.5 * (quantity - 5), ((Number) receipts.items().get(0).get("value")).doubleValue(),
                "valued at the line's price, not the standard cost (42.50)");
        assertEquals("PURCHASE_REQUEST", admin.get("/api/scan/" + number).string("kind"));
        assertTrue(((List<?>) admin.get("/api/purchase-requests/" + number).get("history")).size() >= 6);
    }

    @Test
    void theExportHasOneLinePerRequestLineAndAnExcelVariant() {
        String supplier = given.supplier();
        String pump = given.part(Map.of("name", "Pompe \"Askoll\", 30 W"));
        String motor = given.part();
        admin.post("/api/suppliers/" + supplier + "/offers", Map.of("supplierRef", "P1", "sku", pump, "price", "7.50")).expect(200);
        admin.post("/api/suppliers/" + supplier + "/offers", Map.of("supplierRef", "M1", "sku", motor, "price", "120.00")).expect(200);
        String number = admin.post("/api/purchase-requests", Map.of("supplier", supplier, "lines", List.of(
                Map.of("sku", pump, "quantity", 4, "neededBy", "2026-12-15"), Map.of("sku", motor, "quantity", 1))))
                .expect(201).string("number");

        String plain = admin.header("Accept", "application/json, */*")
                .get("/api/purchase-requests/export.csv?supplier=" + supplier).expect(200).text();
        String excel = admin.get("/api/purchase-requests/export.csv?supplier=" + supplier + "&excel=true").expect(200).text();

        List<String> lines = plain.lines().toList();
        assertEquals("number,supplier,supplierName,supplierRef,sku,name,quantity,unitPrice,lineTotal,neededBy,status,receivedQuantity",
                lines.get(0));
        assertEquals(number + "," + supplier + ",Fournisseur,P1," + pump + ",\"Pompe \"\"Askoll\"\", 30 W\",4,7.50,30.00,2026-12-15,DRAFT,0",
                lines.get(1));
        assertEquals(number + "," + supplier + ",Fournisseur,M1," + motor + ",Pompe de vidange " + motor + ",1,120.00,120.00,,DRAFT,0",
                lines.get(2));
        assertEquals(3, lines.size());
        assertTrue(excel.startsWith("\uFEFFnumber;supplier;"), "BOM and semicolons for Excel");
        assertTrue(excel.contains(";4;7,50;30,00;2026-12-15;DRAFT;0"), excel);
    }

    @Test
    void formulasInNamesAndReferencesComeOutOfTheExportAsTextWhereverTheyCameFrom() {
        String supplier = admin.post("/api/suppliers", Map.of("code", Fixtures.key("S"), "name", "=cmd|' /C calc'!A0"))
                .expect(201).string("code");
        String typed = given.part(Map.of("name", "=HYPERLINK(\"http://x\",\"y\")"));
        admin.post("/api/suppliers/" + supplier + "/offers", Map.of("supplierRef", "+1+cmd|' /C calc'!A0", "sku", typed,
                "price", "7.50")).expect(200);
        String imported = Fixtures.key("P");
        String priceList = "supplierRef;sku;name;price\n\"-2+3+cmd|' /C calc'!A0\";" + imported
                + ";@SUM(1+1)*cmd|' /C calc'!A0;12,00\n";
        admin.upload("/api/imports/supplier-catalog?createParts=true&supplier=" + supplier, "tarif.csv",
                priceList.getBytes(StandardCharsets.UTF_8), Map.of()).expect(200);
        String number = admin.post("/api/purchase-requests", Map.of("supplier", supplier, "lines", List.of(
                Map.of("sku", typed, "quantity", 4), Map.of("sku", imported, "quantity", 1)))).expect(201).string("number");

        for (boolean excel : List.of(false, true)) {
            List<CSVRecord> rows = csv(admin.get("/api/purchase-requests/export.csv?supplier=" + supplier + "&excel=" + excel)
                    .expect(200).text(), excel);

            assertEquals(List.of(number, supplier, "'=cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0", typed,
                    "'=HYPERLINK(\"http://x\",\"y\")", "4", excel ? "7,50" : "7.50", excel ? "30,00" : "30.00", "", "DRAFT", "0"),
                    rows.get(1).toList());
            assertEquals(List.of(number, supplier, "'=cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0", imported,
                    "'@SUM(1+1)*cmd|' /C calc'!A0", "1", excel ? "12,00" : "12.00", excel ? "12,00" : "12.00", "", "DRAFT", "0"),
                    rows.get(2).toList());
        }
    }

    @Test
    void aQualityCheckLandsInQuarantineAndALineForARepairOrderIsReservedForIt() {
        String supplier = given.supplier();
        String sku = given.part();
        String store = given.store();
        String quarantine = given.location("QUARANTINE");
        String number = admin.post("/api/purchase-requests", Map.of("supplier", supplier, "lines", List.of(
                Map.of("sku", sku, "quantity", 3, "reference", "TEST-RO-ALLOC")))).expect(201).string("number");
        admin.post("/api/purchase-requests/" + number + "/submit", "{}").expect(200);
        approver.post("/api/purchase-requests/" + number + "/approve", "{}").expect(200);
        admin.post("/api/purchase-requests/" + number + "/order", "{}").expect(200);

        admin.post("/api/purchase-requests/" + number + "/receive", Map.of("lines", List.of(
                Map.of("sku", sku, "quantity", 1, "location", store, "qualityCheck", true)))).expectProblem(409, "wrong-location-kind")
                .expectFacts(Map.of("location", store, "kind", "STORE"));
        admin.post("/api/purchase-requests/" + number + "/receive", Map.of("lines", List.of(
                Map.of("sku", sku, "quantity", 1, "location", quarantine, "qualityCheck", true)))).expect(200);
        admin.post("/api/purchase-requests/" + number + "/receive", Map.of("lines", List.of(
                Map.of("sku", sku, "quantity", 2, "location", store)))).expect(200);

        assertEquals(1, given.onHand(sku, quarantine, "DEFECTIVE"));
        assertEquals(2, given.onHand(sku, store, "NEW"));
        Reply reserved = admin.get("/api/reservations?reference=TEST-RO-ALLOC&sku=" + sku).expect(200);
        assertEquals(1, reserved.integer("total"));
        assertEquals(2, ((Number) given.level(sku, store, "NEW").get("reserved")).intValue());
    }

    @Test
    void demandThatStockCouldNotServeStillCountsForTheSuggestions() {
        String family = Fixtures.key("FAM");
        String sku = given.part(Map.of("family", family));
        admin.post("/api/reservations", Map.of("sku", sku, "quantity", 3, "reference", "TEST-UNMET"))
                .expectProblem(409, "insufficient-stock");
        long partId = transactions.read(() -> sql.one("SELECT id FROM part WHERE sku = ?", r -> r.getLong(1), sku)).orElseThrow();
        transactions.run(() -> {
            for (int week = 1; week <= 30; week++) {
                sql.update("INSERT INTO unmet_demand (part_id, quantity, reference, source, occurred_at) "
                        + "VALUES (?, 2, 'TEST', 'ISSUE', ?)", partId, Instant.now().minus(week * 7L, ChronoUnit.DAYS));
            }
        });

        List<Map<String, Object>> suggested = suggestions(family);

        assertEquals(1, transactions.read(() -> sql.count("SELECT COUNT(*) FROM unmet_demand WHERE part_id = ? "
                + "AND reference = 'TEST-UNMET' AND quantity = 3", partId)), "the refused reservation was kept");
        assertEquals(1, suggested.size(), "a part that was never in stock is bought because it was asked for");
        assertEquals(2.0, ((Number) suggested.get(0).get("forecastPerWeek")).doubleValue(), 0.3);
    }

    /**
     * The same few small sizes (2, 1, 3, 1, 2, 1, 1 in the last 26 weeks: R = 7 from its own sizes, ReorderPolicyTest)
     * in two families. Where the neighbour asked 1 a week for 19 weeks and once 30, the family's 27 sizes hold a lump
     * of 30 (1/27) and weigh 32 / (7 + 32) = 82 % in the part's bootstrap: P(30) = 0.82 / 27 = 3 %, and the
     * size-biased undershoot puts the quantile on the lump: at the level 96.82 % the reorder point is 29 for an SBA
     * forecast of 0.30 to 0.39 a week, 30 at 0.45. Where the neighbour only ever asked 1, the family pulls the part's
     * sizes down: 5 (6 at 0.45).
     */
    @Test
    void aPartWithFewSizesBorrowsTheLumpsItsFamilyHasShown() {
        String lumpy = Fixtures.key("FAM");
        String steady = Fixtures.key("FAM");
        String small = given.part(Map.of("family", lumpy));
        String twin = given.part(Map.of("family", steady));
        demand(small, Map.of(25, 2, 21, 1, 16, 3, 13, 1, 9, 2, 5, 1, 2, 1));
        demand(twin, Map.of(25, 2, 21, 1, 16, 3, 13, 1, 9, 2, 5, 1, 2, 1));
        Map<Integer, Integer> withLump = new java.util.HashMap<>();
        Map<Integer, Integer> ones = new java.util.HashMap<>();
        for (int week = 1; week <= 20; week++) {
            withLump.put(week, week == 10 ? 30 : 1);
            ones.put(week, 1);
        }
        demand(given.part(Map.of("family", lumpy)), withLump);
        demand(given.part(Map.of("family", steady)), ones);

        Map<String, Object> borrowed = row(suggestions(lumpy), small);
        Map<String, Object> own = row(suggestions(steady), twin);

        assertEquals("INTERMITTENT", borrowed.get("classification"));
        int lumpCovered = ((Number) borrowed.get("reorderPoint")).intValue();
        assertTrue(lumpCovered >= 29 && lumpCovered <= 30, borrowed.toString());
        assertTrue(((String) borrowed.get("explanation")).contains("mixed with the 27 sizes of its family as if 32 more"
                + " had been seen (82.1 % family)"), (String) borrowed.get("explanation"));
        int smallOnly = ((Number) own.get("reorderPoint")).intValue();
        assertTrue(smallOnly >= 5 && smallOnly <= 6, own.toString());
        assertEquals(((Number) own.get("forecastPerWeek")).doubleValue(),
                ((Number) borrowed.get("forecastPerWeek")).doubleValue(), 1e-9, "the family changes the sizes, not the rate");
    }

    /** Unmet demand of a part, pieces by weeks ago. */
    private void demand(String sku, Map<Integer, Integer> piecesByWeeksAgo) {
        long partId = transactions.read(() -> sql.one("SELECT id FROM part WHERE sku = ?", r -> r.getLong(1), sku)).orElseThrow();
        transactions.run(() -> piecesByWeeksAgo.forEach((weeksAgo, pieces) -> sql.update(
                "INSERT INTO unmet_demand (part_id, quantity, reference, source, occurred_at) VALUES (?, ?, 'TEST', 'ISSUE', ?)",
                partId, pieces, Instant.now().minus(weeksAgo * 7L, ChronoUnit.DAYS))));
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String sku) {
        return rows.stream().filter(r -> sku.equals(r.get("sku"))).findFirst()
                .orElseThrow(() -> new AssertionError(sku + " not suggested: " + rows));
    }

    @Test
    void badPurchaseRequestsAreProblemsAndChangeNothing() {
        String supplier = given.supplier();
        String sku = given.part();

        admin.post("/api/purchase-requests", Map.of("supplier", "NO-SUCH-SUPPLIER", "lines", List.of(Map.of("sku", sku,
                "quantity", 1)))).expectProblem(404, "not-found");
        admin.post("/api/purchase-requests", Map.of("supplier", supplier, "lines", List.of())).expectProblem(400, "invalid-request");
        admin.post("/api/purchase-requests", Map.of("supplier", supplier, "lines", List.of(Map.of("sku", sku,
                "quantity", 0)))).expectProblem(400, "invalid-request");
        admin.post("/api/purchase-requests", Map.of("lines", List.of(Map.of("sku", sku, "quantity", 1))))
                .expectProblem(400, "invalid-request");
        String number = admin.post("/api/purchase-requests", Map.of("supplier", supplier, "lines", List.of(Map.of("sku", sku,
                "quantity", 2)))).expect(201).string("number");
        admin.post("/api/purchase-requests/" + number + "/receive", Map.of("lines", List.of(Map.of("sku", sku,
                "quantity", 1, "location", given.store())))).expectProblem(409, "invalid-transition")
                .expectFacts(Map.of("number", number, "currentStatus", "DRAFT", "action", "receive"));
        admin.post("/api/purchase-requests/" + number + "/cancel", "{}").expect(200);
        admin.post("/api/purchase-requests/" + number + "/submit", "{}").expectProblem(409, "invalid-transition")
                .expectFacts(Map.of("number", number, "currentStatus", "CANCELLED", "action", "submit", "allowed", List.of()));
        admin.get("/api/purchase-requests/PR-1999-000001").expectProblem(404, "not-found");

        assertEquals(0, admin.get("/api/parts/" + sku + "/stock").integer("onOrder"));
        assertEquals(0, admin.get("/api/parts/" + sku + "/stock").integer("onHand"));
    }

    private static List<CSVRecord> csv(String text, boolean excel) {
        try {
            return CSVParser.parse(text.replace("\uFEFF", ""), CSVFormat.DEFAULT.builder().setDelimiter(excel ? ';' : ',')
                    .get()).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Map<String, Object>> suggestions(String family) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) admin.get("/api/reorder-suggestions?family=" + family)
                .expect(200).json();
        return rows;
    }
}
