package fr.sav.inventory.imports;

import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Concurrently;
import fr.sav.inventory.support.Reply;
import fr.sav.inventory.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StockCountAndConsumptionImportTest extends ApiTest {

    @Inject
    Sql sql;

    @Inject
    Transactions transactions;

    @Test
    @SuppressWarnings("unchecked")
    void aCountBecomesAdjustmentsForTheDifferencesOnly() {
        String pump = given.part();
        String motor = given.part();
        String board = given.part();
        String store = given.store();
        given.receive(pump, store, 5, "NEW");
        given.receive(motor, store, 2, "USED");
        String csv = "Référence;État;Quantité comptée\n" + pump + ";neuf;3\n" + motor + ";occasion;2\n"
                + board + ";;4\nNO-SUCH-PART;;1\n" + pump + ";neuf;9\n";

        Reply report = upload("/api/imports/stock-count?location=" + store, csv).expect(200);

        assertEquals(5, report.integer("rowsRead"));
        assertEquals(1, report.integer("updated"));
        assertEquals(1, report.integer("unchanged"));
        assertEquals(1, report.integer("created"));
        assertEquals(2, report.integer("rejected"), "an unknown part and a line counted twice");
        assertEquals(List.of(List.of(5, "unknown-sku", Map.of("sku", "NO-SUCH-PART")),
                List.of(6, "counted-twice", Map.of("sku", pump, "condition", "NEW", "line", 2))),
                ((List<Map<?, ?>>) report.get("errors")).stream()
                        .map(e -> List.of(e.get("line"), e.get("rule"), e.get("facts"))).toList());
        assertEquals(3, given.onHand(pump, store, "NEW"));
        assertEquals(4, given.onHand(board, store, "NEW"));
        List<Map<String, Object>> adjustments = admin.get("/api/movements?type=ADJUSTMENT&location=" + store).items();
        assertEquals(2, adjustments.size());
        assertEquals(-2, adjustments.stream().filter(m -> pump.equals(m.get("sku"))).findFirst().orElseThrow().get("delta"));
        assertEquals(0, upload("/api/imports/stock-count?location=" + store, csv).integer("updated"), "counted again: no change");
    }

    @Test
    void aCountAboveAMovementsLargestQuantityIsRejectedAndChangesNothing() {
        String pump = given.part();
        String store = given.store();
        String csv = "sku;quantity\n" + pump + ";1000001\n";

        Reply report = upload("/api/imports/stock-count?location=" + store, csv).expect(200);

        assertEquals(1, report.integer("rejected"), report.text());
        Map<?, ?> error = (Map<?, ?>) ((List<?>) report.get("errors")).get(0);
        assertEquals(List.of("countedQuantity", "at-most", Map.of("max", 1_000_000)),
                List.of(error.get("field"), error.get("rule"), error.get("facts")));
        assertEquals(0, given.onHand(pump, store, "NEW"));
        assertEquals(0, admin.get("/api/movements?sku=" + pump).integer("total"));
    }

    @Test
    void aMovementRacingAStockCountIsNotLost() {
        Api client = admin.login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        String store = given.store();
        StringBuilder csv = new StringBuilder("sku,quantity\n");
        List<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String sku = given.part();
            given.receive(sku, store, 10, "NEW");
            parts.add(sku);
            csv.append(sku).append(",7\n");
        }

        List<Reply> replies = Concurrently.run(41, i -> i == 40
                ? client.upload("/api/imports/stock-count?location=" + store, "count.csv",
                        csv.toString().getBytes(StandardCharsets.UTF_8), Map.of())
                : client.post("/api/movements", Map.of("type", "RECEIPT", "sku", parts.get(i), "toLocation", store,
                        "quantity", 1)));

        replies.forEach(r -> assertEquals(true, r.status() == 200 || r.status() == 201, r.text()));
        for (String sku : parts) {
            int onHand = given.onHand(sku, store, "NEW");
            assertEquals(true, onHand == 7 || onHand == 8, sku + " is 7 (receipt counted) or 8 (receipt after the count)");
        }
        assertEquals(true, admin.get("/api/stock/audit").get("consistent"));
        assertEquals(40, admin.get("/api/movements?type=RECEIPT&location=" + store + "&size=1").integer("total") - 40,
                "every racing receipt is in the ledger");
    }

    @Test
    void consumptionHistoryIsKeptAndReImportingChangesNothing() {
        String sku = given.part();
        String csv = "article\tpériode\tquantité\n" + sku + "\t2026-W10\t4\n" + sku + "\t03/2026\t12\n" + sku
                + "\t14/03/2026\t1\n" + sku + "\t2026-13-45\t1\n";

        Reply first = upload("/api/imports/consumption-history", csv).expect(200);
        Reply again = upload("/api/imports/consumption-history", csv).expect(200);

        assertEquals(3, first.integer("created"));
        assertEquals(1, first.integer("rejected"));
        assertEquals(3, again.integer("unchanged"));
        assertEquals(17L, transactions.read(() -> sql.count("SELECT SUM(h.quantity) FROM demand_history h "
                + "JOIN part p ON p.id = h.part_id WHERE p.sku = ?", sku)));
    }

    @Test
    void onlyStorekeepersCountAndOnlyBuyersLoadPriceLists() {
        Api buyer = userWith("BUYER");
        String store = given.store();

        buyer.upload("/api/imports/stock-count?location=" + store, "c.csv", "sku,quantity\n".getBytes(), Map.of())
                .expectProblem(403, "forbidden");
        upload("/api/imports/stock-count", "sku,quantity\n").expectProblem(400, "invalid-request");
    }

    private Reply upload(String path, String csv) {
        return admin.upload(path, "file.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of());
    }
}
