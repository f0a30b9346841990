package fr.sav.inventory.field;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static fr.sav.inventory.field.FieldFixtures.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DOMAIN rule 18: goods between two places are in transit, counted and valued but available nowhere; a transfer
 * order moves them OPEN → IN_TRANSIT → RECEIVED, each step in the ledger under its number.
 */
class TransferOrderTest extends ApiTest {

    private static final String TRANSIT = "EN-TRANSIT";

    private FieldFixtures field;
    private String store;
    private String van;

    /** Each test sends between a store of its own and the van it refills. */
    @BeforeEach
    void aStoreAndItsVan() {
        field = new FieldFixtures(admin);
        store = given.store();
        van = field.vanOf(store);
    }

    @Test
    void shippingPutsTheStockInTransitCountedAndValuedButAvailableNowhere() {
        String sku = given.part(Map.of("standardCost", "10.00"));
        admin.post("/api/movements", Map.of("type", "RECEIPT", "sku", sku, "toLocation", store, "quantity", 5,
                "unitCost", "10.00")).expect(201);

        Reply created = admin.post("/api/transfer-orders", Map.of("from", store, "to", van,
                "lines", List.of(line(sku, 3, "NEW")))).expect(201);
        String number = created.string("number");
        assertTrue(number.matches("TO-\\d{4}-\\d{6}"), number);
        assertEquals("OPEN", created.string("status"));
        assertEquals(5, given.onHand(sku, store, "NEW"), "an open order leaves the stock where it is");

        BigDecimal transitBefore = valueOf(admin.get("/api/stock/valuation?by=location").expect(200).body(), TRANSIT);
        Reply shipped = admin.post("/api/transfer-orders/" + number + "/ship", "{}").expect(200);

        assertEquals("IN_TRANSIT", shipped.string("status"));
        assertEquals(2, given.onHand(sku, store, "NEW"));
        assertEquals(0, given.onHand(sku, van, "NEW"));
        Map<String, Object> stock = admin.get("/api/parts/" + sku + "/stock").expect(200).body();
        assertEquals(3, ((Number) stock.get("inTransit")).intValue());
        assertEquals(5, ((Number) stock.get("onHand")).intValue(), "in transit still counts in the totals");
        assertEquals(2, ((Number) stock.get("available")).intValue(), "in transit is available nowhere");
        assertEquals(2, ((Number) stock.get("usableAvailable")).intValue());
        assertEquals(0, ((Number) given.level(sku, TRANSIT, "NEW").get("available")).intValue());
        assertEquals(List.of(), ((List<?>) admin.get("/api/parts/" + sku + "/availability?quantity=3&includeVans=true")
                .expect(200).body().get("options")).stream().filter(o -> TRANSIT.equals(((Map<?, ?>) o).get("location")))
                .toList());
        List<Map<String, Object>> ledger = field.ledger(sku, number);
        assertEquals(1, ledger.size());
        Map<String, Object> out = ledger.get(0);
        assertMovement(out, "TRANSFER", store, TRANSIT, 3);
        assertMoney("30.00", out.get("value"));
        Map<String, Object> byLocation = admin.get("/api/stock/valuation?by=location").expect(200).body();
        assertMoney("30.00", valueOf(byLocation, TRANSIT).subtract(transitBefore));
        assertMoney("20.00", valueOf(byLocation, store));
    }

    @Test
    void receivingEverythingPutsItInTheVanAndEmptiesTransit() {
        String sku = given.part();
        given.receive(sku, store, 5, "NEW");
        String number = field.shipped(store, van, List.of(line(sku, 3, "NEW")));

        Reply received = admin.post("/api/transfer-orders/" + number + "/receive", "{}").expect(200);

        assertEquals("RECEIVED", received.string("status"));
        assertEquals(3, ((Number) ((Map<?, ?>) ((List<?>) received.get("lines")).get(0)).get("received")).intValue());
        assertEquals(3, given.onHand(sku, van, "NEW"));
        assertEquals(2, given.onHand(sku, store, "NEW"));
        assertEquals(0, field.inTransit(sku));
        List<Map<String, Object>> ledger = field.ledger(sku, number);
        assertEquals(2, ledger.size());
        Map<String, Object> in = ledger.get(0);
        assertMovement(in, "TRANSFER", TRANSIT, van, 3);
    }

    @Test
    void aPartialReceiptEntersWhatArrivedAndAdjustsTheMissingPiecesOutOfTransitWithANote() {
        String pump = given.part(Map.of("standardCost", "10.00"));
        String seal = given.part();
        given.receive(pump, store, 5, "NEW");
        given.receive(seal, store, 4, "NEW");
        String number = field.shipped(store, van, List.of(line(pump, 5, "NEW"), line(seal, 4, "NEW")));

        admin.post("/api/transfer-orders/" + number + "/receive", Map.of("lines", List.of(
                Map.of("sku", pump, "quantity", 3)))).expect(200);

        assertEquals(3, given.onHand(pump, van, "NEW"));
        assertEquals(0, given.onHand(seal, van, "NEW"), "the seal was left out of the receipt: none arrived");
        assertEquals(0, field.inTransit(pump));
        assertEquals(0, field.inTransit(seal));
        Map<String, Object> missing = field.ledger(pump, number).stream()
                .filter(m -> "ADJUSTMENT".equals(m.get("type"))).findFirst().orElseThrow();
        assertEquals(-2, ((Number) missing.get("delta")).intValue());
        assertEquals(TRANSIT, missing.get("fromLocation"));
        assertMoney("20.00", missing.get("value"));
        assertTrue(String.valueOf(missing.get("note")).contains("2 of 5"), String.valueOf(missing.get("note")));
        assertEquals(-4, ((Number) field.ledger(seal, number).stream().filter(m -> "ADJUSTMENT".equals(m.get("type")))
                .findFirst().orElseThrow().get("delta")).intValue());
    }

    @Test
    void transitionsOutOfOrderAndReceiptsBeyondWhatWasShippedAreRefused() {
        String sku = given.part();
        given.receive(sku, store, 5, "NEW");
        String number = field.order(store, van, List.of(line(sku, 3, "NEW")));

        admin.post("/api/transfer-orders/" + number + "/receive", "{}").expectProblem(409, "invalid-transition");
        admin.post("/api/transfer-orders/" + number + "/ship", "{}").expect(200);
        admin.post("/api/transfer-orders/" + number + "/ship", "{}").expectProblem(409, "invalid-transition");
        admin.post("/api/transfer-orders/" + number + "/receive", Map.of("lines", List.of(
                Map.of("sku", sku, "quantity", 4)))).expectProblem(400, "invalid-request");
        admin.post("/api/transfer-orders/" + number + "/receive", Map.of("lines", List.of(
                Map.of("sku", given.part(), "quantity", 1)))).expectProblem(400, "invalid-request");
        admin.post("/api/transfer-orders/TO-2026-999999/ship", "{}").expectProblem(404, "not-found");

        assertEquals(3, field.inTransit(sku), "nothing refused moved anything");
        assertEquals("IN_TRANSIT", admin.get("/api/transfer-orders/" + number).expect(200).string("status"));
        admin.post("/api/transfer-orders/" + number + "/receive", "{}").expect(200);
        admin.post("/api/transfer-orders/" + number + "/receive", "{}").expectProblem(409, "invalid-transition");
        assertEquals(3, given.onHand(sku, van, "NEW"));
    }

    @Test
    void shippingMoreThanTheSenderHasIsRefusedWholeAndTheOrderStaysOpen() {
        String pump = given.part();
        String seal = given.part();
        given.receive(pump, store, 5, "NEW");
        given.receive(seal, store, 1, "NEW");
        String number = field.order(store, van, List.of(line(pump, 3, "NEW"), line(seal, 2, "NEW")));

        Reply refused = admin.post("/api/transfer-orders/" + number + "/ship", "{}").expectProblem(409, "insufficient-stock");

        refused.expectFacts(Map.of("sku", seal, "location", store, "condition", "NEW", "requested", 2, "available", 1));
        assertEquals(5, given.onHand(pump, store, "NEW"), "the pump's line did not leave alone");
        assertEquals(0, field.inTransit(pump));
        assertEquals("OPEN", admin.get("/api/transfer-orders/" + number).expect(200).string("status"));
        assertEquals(List.of(), field.ledger(pump, number));
    }

    @Test
    void aShipmentSentTwiceWithTheSameKeyShipsOnce() {
        String sku = given.part();
        given.receive(sku, store, 5, "NEW");
        String number = field.order(store, van, List.of(line(sku, 2, "NEW")));
        String key = Fixtures.key("K");

        Reply first = admin.header("Idempotency-Key", key).post("/api/transfer-orders/" + number + "/ship", "{}")
                .expect(200);
        Reply again = admin.header("Idempotency-Key", key).post("/api/transfer-orders/" + number + "/ship", "{}")
                .expect(200);

        assertEquals(first.text(), again.text());
        assertEquals(3, given.onHand(sku, store, "NEW"));
        assertEquals(2, field.inTransit(sku));
        assertEquals(1, field.ledger(sku, number).size());
    }

    @Test
    void badTransferOrdersAreRefused() {
        String sku = given.part();
        String unit = given.serializedPart();

        post(Map.of("from", store, "to", store, "lines", List.of(line(sku, 1, null)))).expectProblem(400, "invalid-request");
        post(Map.of("from", store, "to", van, "lines", List.of())).expectProblem(400, "invalid-request");
        post(Map.of("from", store, "to", van, "lines", List.of(line(sku, 0, null)))).expectProblem(400, "invalid-request");
        post(Map.of("from", store, "to", van, "lines", List.of(line(sku, 1, "NEW"), line(sku, 2, "NEW"))))
                .expectProblem(400, "invalid-request");
        post(Map.of("from", store, "to", TRANSIT, "lines", List.of(line(sku, 1, null)))).expectProblem(400, "invalid-request");
        post(Map.of("from", store, "to", van, "lines", List.of(line(unit, 1, null)))).expectProblem(400, "invalid-request");
        post(Map.of("from", store, "to", van, "lines", List.of(line(sku, 1, "DEFECTIVE"))))
                .expectProblem(409, "defective-location");
        post(Map.of("from", "NO-SUCH-STORE", "to", van, "lines", List.of(line(sku, 1, null)))).expectProblem(404, "not-found");
        post(Map.of("to", van, "lines", List.of(line(sku, 1, null)))).expectProblem(400, "invalid-request");
        userWith("WORKSHOP").post("/api/transfer-orders", Map.of("from", store, "to", van,
                "lines", List.of(line(sku, 1, null)))).expect(403);

        assertEquals(0, admin.get("/api/transfer-orders?to=" + van).expect(200).integer("total"));
    }

    @Test
    void plainMovementsCannotTouchGoodsInTransit() {
        String sku = given.part();
        given.receive(sku, store, 2, "NEW");
        String number = field.shipped(store, van, List.of(line(sku, 2, "NEW")));

        admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", TRANSIT, "reference", "RO-1"))
                .expectProblem(409, "in-transit");
        admin.post("/api/movements", Map.of("type", "TRANSFER", "sku", sku, "fromLocation", TRANSIT, "toLocation", van))
                .expectProblem(409, "in-transit");
        admin.post("/api/movements", Map.of("type", "RECEIPT", "sku", sku, "toLocation", TRANSIT))
                .expectProblem(409, "in-transit");
        long shipping = ((Number) field.ledger(sku, number).get(0).get("id")).longValue();
        admin.post("/api/movements/" + shipping + "/reverse", Map.of("note", "oops")).expectProblem(409, "in-transit");
        admin.post("/api/locations", Map.of("code", Fixtures.key("T"), "name", "Transit bis", "kind", "TRANSIT"))
                .expectProblem(400, "invalid-request");

        assertEquals(2, field.inTransit(sku));
    }

    @Test
    void withoutAConditionTheLinesTakeThePreferredUsableConditionsTheSenderHas() {
        String sku = given.part();
        given.receive(sku, store, 2, "RECONDITIONED");
        given.receive(sku, store, 5, "NEW");

        Reply order = admin.post("/api/transfer-orders", Map.of("from", store, "to", van,
                "lines", List.of(line(sku, 3, null)))).expect(201);

        List<?> lines = (List<?>) order.get("lines");
        assertEquals(2, lines.size());
        assertEquals("RECONDITIONED", ((Map<?, ?>) lines.get(0)).get("condition"));
        assertEquals(2, ((Number) ((Map<?, ?>) lines.get(0)).get("quantity")).intValue());
        assertEquals("NEW", ((Map<?, ?>) lines.get(1)).get("condition"));
        assertEquals(1, ((Number) ((Map<?, ?>) lines.get(1)).get("quantity")).intValue());
    }

    @Test
    void aSerializedUnitTravelsByItsSerialAndNoPlainMovementTakesItOnTheWay() {
        String board = given.serializedPart();
        String named = Fixtures.key("SN");
        String picked = Fixtures.key("SN");
        given.receiveUnit(board, named, store, "RECONDITIONED");
        given.receiveUnit(board, picked, store, "NEW");

        Reply order = admin.post("/api/transfer-orders", Map.of("from", store, "to", van, "lines", List.of(
                Map.of("sku", board, "quantity", 1, "serials", List.of(named.toLowerCase()))))).expect(201);
        String number = order.string("number");
        admin.post("/api/transfer-orders/" + number + "/ship", "{}").expect(200);

        Map<String, Object> travelling = admin.get("/api/units/" + named).expect(200).body();
        assertEquals(TRANSIT, travelling.get("location"));
        assertEquals("RECONDITIONED", travelling.get("condition"));
        admin.post("/api/movements", Map.of("type", "ISSUE", "code", "U:" + named, "reference", "RO-9"))
                .expectProblem(409, "in-transit");
        admin.post("/api/transfer-orders/" + number + "/receive", Map.of("lines", List.of(
                Map.of("sku", board, "quantity", 1, "serial", named)))).expect(200);
        assertEquals(van, admin.get("/api/units/" + named).expect(200).string("location"));
        assertEquals("IN_STOCK", admin.get("/api/units/" + named).expect(200).string("status"));
        assertEquals(1, given.onHand(board, van, "RECONDITIONED"));

        Reply second = admin.post("/api/transfer-orders", Map.of("from", store, "to", van, "lines", List.of(
                Map.of("sku", board, "quantity", 1)))).expect(201);
        assertEquals(picked, ((Map<?, ?>) ((List<?>) second.get("lines")).get(0)).get("serial"),
                "without serials, the sender's unit in stock is taken");
        post(Map.of("from", store, "to", van, "lines", List.of(Map.of("sku", board, "quantity", 2))))
                .expectProblem(400, "invalid-request");
        post(Map.of("from", store, "to", van, "lines", List.of(Map.of("sku", board, "quantity", 2,
                "serials", List.of(picked))))).expectProblem(400, "invalid-request");
    }

    @Test
    void thePickListCarriesTheOrderTheSendingLocationAndEachPart() throws IOException {
        String sku = given.part();
        given.receive(sku, store, 5, "NEW");
        String number = field.order(store, van, List.of(line(sku, 3, "NEW")));

        byte[] pdf = admin.bytes("/api/transfer-orders/" + number + "/pick-list.pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(number), text);
            assertTrue(text.contains(store), text);
            assertTrue(text.contains(sku), text);
            assertTrue(text.contains("3 ×"), text);
        }
        userWith("BUYER").get("/api/transfer-orders/" + number + "/pick-list.pdf").expect(403);
    }

    private Reply post(Map<String, Object> body) {
        return admin.post("/api/transfer-orders", body);
    }

    private static BigDecimal valueOf(Map<String, Object> valuation, String key) {
        return ((List<?>) valuation.get("rows")).stream().map(r -> (Map<?, ?>) r).filter(r -> key.equals(r.get("key")))
                .map(r -> new BigDecimal(String.valueOf(r.get("value")))).findFirst().orElse(BigDecimal.ZERO);
    }

    private static void assertMoney(String expected, Object actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(String.valueOf(actual))),
                "expected " + expected + " but was " + actual);
    }

    private static void assertMovement(Map<String, Object> row, String type, String from, String to, int quantity) {
        assertEquals(type, row.get("type"));
        assertEquals(from, row.get("fromLocation"));
        assertEquals(to, row.get("toLocation"));
        assertEquals(quantity, ((Number) row.get("quantity")).intValue());
    }
}
