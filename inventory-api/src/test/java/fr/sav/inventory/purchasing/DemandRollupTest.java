package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.TestDatabase;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The weekly rollup equals what DemandSeries grouped from the whole ledger on each request (its query is kept here):
 * issues, returns and receipts of an issued reference (one that came back before its issue was posted, in another
 * case), a reversed issue, an exchange's core, a purchase receipt, movements after a first rollup, one whose transaction
 * commits after a later one was rolled up, one rolled back.
 */
class DemandRollupTest extends ApiTest {

    /** DemandSeries' ledger query before the rollup, restricted to some parts. */
    private static final String GROUPED_FROM_THE_LEDGER = "SELECT m.part_id, FLOOR(DATEDIFF(m.occurred_at, ?) / 7) AS week, "
            + "SUM(CASE WHEN m.type = 'ISSUE' THEN m.quantity ELSE -m.quantity END) FROM stock_movement m "
            + "WHERE m.occurred_at >= ? AND m.occurred_at < ? AND (m.type = 'ISSUE' OR m.type IN ('RETURN', 'RECEIPT') "
            + "AND m.reference IS NOT NULL AND (m.return_reason IS NULL OR m.return_reason <> 'CORE') AND EXISTS (SELECT 1 "
            + "FROM stock_movement i WHERE i.reference = m.reference AND i.part_id = m.part_id AND i.type = 'ISSUE')) "
            + "AND m.part_id IN (?, ?) GROUP BY m.part_id, week";

    @Inject
    Sql sql;

    @Inject
    Transactions transactions;

    @Inject
    DemandRollup rollup;

    @Inject
    DemandSeries demand;

    private final LocalDate monday = DemandSeries.windowStart(LocalDate.now(ZoneOffset.UTC), 0);

    @Test
    void theRollupEqualsTheLedgerGroupedOnEachRequestThroughLateReferencesRacesAndReversals() throws SQLException {
        String sku = given.part(Map.of("family", Fixtures.key("RLP")));
        String store = given.store();
        String workshop = given.workshop();
        long part = partId(sku);
        move("RECEIPT", sku, null, store, 50, null, null, 6);
        move("RECEIPT", sku, null, store, 5, "PO-" + sku, null, 5);
        move("ISSUE", sku, store, null, 3, "RO-A-" + sku, null, 5);
        move("RETURN", sku, null, workshop, 1, "RO-A-" + sku, "UNUSED", 5);
        move("RETURN", sku, null, workshop, 2, "ro-b-" + sku, "FAULTY", 4);
        long exchanged = exchangePart(store, workshop);
        assertRollupEqualsTheLedger(part, exchanged);

        move("ISSUE", sku, store, null, 4, "RO-B-" + sku, null, 3);
        String issue = move("ISSUE", sku, store, null, 2, "RO-C-" + sku, null, 2);
        admin.post("/api/movements/" + issue + "/reverse", Map.of("note", "wrong part")).expect(201);
        assertRollupEqualsTheLedger(part, exchanged);

        try (Connection late = connection(); Connection rolledBack = connection()) {
            long lateId = rawIssue(late, part, store, 7);
            long rolledBackId = rawIssue(rolledBack, part, store, 100);
            move("ISSUE", sku, store, null, 1, null, null, 1);
            assertRollupEqualsTheLedger(part, exchanged);
            rolledBack.rollback();
            late.commit();
            try {
                assertRollupEqualsTheLedger(part, exchanged);
                assertEquals(0, transactions.read(() -> sql.count("SELECT COUNT(*) FROM demand_rollup_gap "
                        + "WHERE movement_id = ?", lateId)), "the late movement is rolled up, no longer a gap");
                assertNotEquals(lateId, rolledBackId);
                admin.post("/api/movements", Map.of("type", "ISSUE", "sku", sku, "fromLocation", store, "quantity", 1000))
                        .expectProblem(409, "insufficient-stock");
                transactions.write(() -> sql.update("UPDATE unmet_demand SET occurred_at = ? WHERE part_id = ?",
                        noonOf(1), part));

                long unmet = transactions.read(() -> sql.count("SELECT SUM(quantity) FROM unmet_demand WHERE part_id = ?", part));

                int[] weekly = transactions.read(() -> demand.load(monday.minusWeeks(6), 6)).get(part);

                assertArrayEquals(new int[]{0, 3 - 1, 0, 4, 2, 7 + 1 + (int) unmet}, weekly, "the return of RO-B before its "
                        + "issue nets week 4 below zero; RO-C's reversal is this week's, outside the window");
            } finally {
                transactions.write(() -> sql.update("DELETE FROM stock_movement WHERE id = ?", lateId));
            }
        }
    }

    /** The rollup, caught up, holds for these parts the weeks (zero ones too) that grouping the ledger gives. */
    private void assertRollupEqualsTheLedger(long part, long other) {
        rollup.catchUp();
        LocalDate start = monday.minusWeeks(10);
        LocalDate end = monday.plusWeeks(1);
        Map<String, Long> grouped = new TreeMap<>();
        Map<String, Long> rolled = new TreeMap<>();
        transactions.read(() -> {
            sql.each(GROUPED_FROM_THE_LEDGER, row -> grouped.put(row.getLong(1) + "/" + row.getInt(2), row.getLong(3)),
                    start, start, end, part, other);
            rollup.each(start, end, (partId, week, quantity) -> {
                if (partId == part || partId == other) {
                    rolled.put(partId + "/" + week, quantity);
                }
            });
            return null;
        });
        assertEquals(grouped, rolled);
        String firstDays = "SELECT part_id, MIN(DATE(occurred_at)) FROM stock_movement WHERE part_id IN (?, ?) GROUP BY part_id";
        String rolledFirstDays = "SELECT part_id, first_day FROM demand_part_start WHERE part_id IN (?, ?) ORDER BY part_id";
        assertEquals(transactions.read(() -> sql.list(firstDays + " ORDER BY part_id", r -> r.getLong(1) + " " + r.getDate(2), part, other)),
                transactions.read(() -> sql.list(rolledFirstDays, r -> r.getLong(1) + " " + r.getDate(2), part, other)));
    }

    /** The exchange's pool unit is demand, its core coming back under the same reference is not. */
    private long exchangePart(String store, String workshop) {
        String sku = given.part(Map.of("family", Fixtures.key("RLX")));
        given.receive(sku, store, 1, "RECONDITIONED");
        String number = admin.post("/api/exchanges", Map.of("sku", sku, "customerRef", "CLIENT-RLP")).expect(201)
                .string("number");
        admin.post("/api/exchanges/" + number + "/core", Map.of("location", workshop)).expect(200);
        return partId(sku);
    }

    private String move(String type, String sku, String from, String to, int quantity, String reference, String reason,
                        int weeksAgo) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("type", type, "sku", sku, "quantity", quantity,
                "occurredAt", noonOf(weeksAgo).toInstant().toString()));
        putIf(body, "fromLocation", from);
        putIf(body, "toLocation", to);
        putIf(body, "reference", reference);
        putIf(body, "reason", reason);
        return String.valueOf(admin.post("/api/movements", body).expect(201).get("id"));
    }

    private static void putIf(Map<String, Object> body, String field, Object value) {
        if (value != null) {
            body.put(field, value);
        }
    }

    /** Tuesday noon (UTC), that many weeks before the current one. */
    private Timestamp noonOf(int weeksAgo) {
        return Timestamp.from(monday.minusWeeks(weeksAgo).plusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    private long partId(String sku) {
        return transactions.read(() -> sql.one("SELECT id FROM part WHERE sku = ?", r -> r.getLong(1), sku)).orElseThrow();
    }

    private static Connection connection() throws SQLException {
        TestDatabase.Server db = TestDatabase.server();
        Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
        connection.setAutoCommit(false);
        return connection;
    }

    /** An issue inserted and left uncommitted, as a movement's transaction is between its insert and its commit. */
    private long rawIssue(Connection connection, long part, String store, int quantity) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO stock_movement (type, part_id, quantity, "
                + "from_location_id, from_condition, occurred_at, recorded_at, recorded_by) SELECT 'ISSUE', ?, ?, id, 'NEW', "
                + "?, ?, 'test' FROM location WHERE code = ?", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, part);
            insert.setInt(2, quantity);
            insert.setTimestamp(3, noonOf(1));
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.setString(5, store);
            assertEquals(1, insert.executeUpdate());
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
