package fr.sav.inventory.stock;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import fr.sav.inventory.support.TestDatabase;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The valuation at a past instant read from a month-end snapshot and the movements since: always what the whole
 * ledger replayed up to the instant says, to the cent, even when a movement is backdated before a snapshot.
 */
class ValuationSnapshotTest extends ApiTest {

    @Inject
    MonthEnds monthEnds;

    /** The first instant of the month four months back (UTC), and the months after it. */
    private final Instant m4 = month(4);
    private final Instant m3 = month(3);
    private final Instant m2 = month(2);
    private final Instant m1 = month(1);
    private String family;
    private String sku;
    private String store;
    private String other;

    @BeforeEach
    void aPartMovedOverFourMonths() {
        family = Fixtures.key("FAM");
        sku = given.part(Map.of("family", family, "standardCost", "12.00"));
        store = given.store();
        other = given.store();
        String workshop = given.workshop();
        move("RECEIPT", 10, null, store, "10.00", m4.plus(days(2)));
        move("RECEIPT", 10, null, store, "20.00", m3.plus(days(5)));
        move("TRANSFER", 4, store, other, null, m3.plus(days(10)));
        move("ISSUE", 5, store, null, null, m2.plus(days(3)));
        move("RETURN", 1, null, workshop, null, m2.plus(days(20)));
        move("RECEIPT", 5, null, other, "30.00", m1.plus(days(1)));
    }

    @Test
    void aPastInstantIsWorthWhatTheWholeLedgerReplayedUpToItSaysBeforeAtAndBetweenTheMonthEnds() throws SQLException {
        monthEnds.catchUp();

        assertTrue(snapshots("month_end = ?", m2.minusMillis(1)) == 1, "the month end of three months back is stored");
        for (Instant at : List.of(m4.plus(days(1)), m4.plus(days(3)), m2.minusMillis(1), m2, m2.plus(days(10)),
                m1.minusMillis(1), m1.plus(days(2)), Instant.now())) {
            assertFamily(at);
        }
        assertLocation(m2.minusMillis(1), store, 16, "240.00");
        assertLocation(m2.minusMillis(1), other, 4, "60.00");
        assertLocation(m2.plus(days(10)), store, 11, "165.00");
        assertLocation(m2.plus(days(10)), other, 4, "60.00");
    }

    @Test
    void theSnapshotIsReadAndAMovementBackdatedBeforeItDeletesItAndTheAnswerStaysRight() throws SQLException {
        monthEnds.catchUp();
        long snapshot = id("SELECT id FROM valuation_snapshot WHERE month_end = ?", m2.minusMillis(1));
        long part = id("SELECT id FROM part WHERE sku = ?", sku);
        Instant soonAfter = m2.plus(days(1));
        String right = family(soonAfter).value();

        update("UPDATE valuation_snapshot_value SET value = value + 1000 WHERE snapshot_id = ? AND part_id = ? "
                + "AND item_condition = 'NEW'", snapshot, part);
        String corrupted = family(soonAfter).value();
        update("UPDATE valuation_snapshot_value SET value = value - 1000 WHERE snapshot_id = ? AND part_id = ? "
                + "AND item_condition = 'NEW'", snapshot, part);

        assertEquals(0, new BigDecimal(right).add(new BigDecimal("1000")).compareTo(new BigDecimal(corrupted)),
                "the answer a day after the month end is read from its snapshot");
        Instant backdated = m3.plus(days(15));
        move("RECEIPT", 2, null, store, "50.00", backdated);
        assertEquals(0, snapshots("month_end >= ?", backdated), "the snapshots after the backdated movement are gone");
        assertEquals(1, snapshots("month_end = ?", m3.minusMillis(1)), "the one before it stays");
        for (Instant at : List.of(soonAfter, m2.minusMillis(1), m2.plus(days(10)), backdated, backdated.minusMillis(1))) {
            assertFamily(at);
        }
        assertLocation(m2.minusMillis(1), store, 18, "327.27");
        monthEnds.catchUp();
        assertEquals(1, snapshots("month_end = ?", m2.minusMillis(1)), "built again");
        for (Instant at : List.of(soonAfter, m2.minusMillis(1), m2.plus(days(10)), m1.plus(days(2)))) {
            assertFamily(at);
        }
        assertEquals(0, count("SELECT COUNT(*) FROM valuation_snapshot_value v LEFT JOIN valuation_snapshot s "
                + "ON s.id = v.snapshot_id WHERE s.id IS NULL"), "the deleted snapshots' rows are removed");
    }

    @Test
    void twoBuildsAtOnceStoreEachMonthEndOnceAndAgreeWithTheLedger() throws Exception {
        update("DELETE FROM valuation_snapshot WHERE month_end >= ?", m4);

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(monthEnds::catchUp);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(monthEnds::catchUp);
        int stored = first.get() + second.get();

        long months = count("SELECT COUNT(*) FROM valuation_snapshot WHERE month_end >= '" + Timestamp.from(m4) + "'");
        assertTrue(months >= 3 && stored >= months, stored + " stored for " + months + " month ends");
        assertEquals(0, count("SELECT COUNT(*) FROM (SELECT month_end FROM valuation_snapshot GROUP BY month_end "
                + "HAVING COUNT(*) > 1) twice"));
        for (Instant at : List.of(m3.plus(days(12)), m2.plus(days(10)), m1.plus(days(2)))) {
            assertFamily(at);
        }
    }

    @Test
    void aValuationThatFindsNoSnapshotBeforeItAnswersAtOnceAndHasThemBuiltInTheBackground() throws Exception {
        update("DELETE FROM valuation_snapshot WHERE month_end >= ?", m4);

        assertFamily(m1.plus(days(2)));

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (snapshots("month_end = ?", m2.minusMillis(1)) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(1, snapshots("month_end = ?", m2.minusMillis(1)), "built in the background");
        assertFamily(m1.plus(days(2)));
    }

    private static Instant month(int back) {
        return YearMonth.now(ZoneOffset.UTC).minusMonths(back).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Duration days(int days) {
        return Duration.ofDays(days);
    }

    private void move(String type, int quantity, String from, String to, String unitCost, Instant at) {
        admin.post("/api/movements", ValuedMovement.body(type, sku, quantity, from, to, unitCost, at)).expect(201);
    }

    /** The family's row of the valuation at that instant (nothing: 0 pieces worth 0). */
    private Figure family(Instant at) {
        return row(admin.get("/api/stock/valuation?by=family&at=" + at).expect(200), family);
    }

    /** The family's valuation equals the sums of every movement of its parts up to the instant, read straight from the ledger. */
    private void assertFamily(Instant at) throws SQLException {
        Figure expected;
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(
                "SELECT COALESCE(SUM(x.q), 0), COALESCE(SUM(x.v), 0) FROM (SELECT m.quantity AS q, m.value AS v "
                        + "FROM stock_movement m JOIN part p ON p.id = m.part_id WHERE p.family = ? AND m.occurred_at <= ? "
                        + "AND m.to_condition IS NOT NULL UNION ALL SELECT -m.quantity, -(m.value - COALESCE(m.value_added, 0)) "
                        + "FROM stock_movement m JOIN part p ON p.id = m.part_id WHERE p.family = ? AND m.occurred_at <= ? "
                        + "AND m.from_condition IS NOT NULL) x")) {
            query.setString(1, family);
            query.setTimestamp(2, Timestamp.from(at));
            query.setString(3, family);
            query.setTimestamp(4, Timestamp.from(at));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                expected = new Figure(row.getLong(1), row.getBigDecimal(2).toPlainString());
            }
        }
        Figure actual = family(at);
        assertEquals(expected.quantity(), actual.quantity(), "pieces at " + at);
        assertEquals(0, new BigDecimal(expected.value()).compareTo(new BigDecimal(actual.value())),
                () -> "value at " + at + ": the ledger says " + expected.value() + ", the valuation " + actual.value());
    }

    private void assertLocation(Instant at, String location, int quantity, String value) {
        Figure row = row(admin.get("/api/stock/valuation?by=location&at=" + at).expect(200), location);
        assertEquals(quantity, row.quantity(), location + " at " + at);
        assertEquals(0, new BigDecimal(value).compareTo(new BigDecimal(row.value())), location + " at " + at + ": " + row.value());
    }

    @SuppressWarnings("unchecked")
    private static Figure row(Reply valuation, String key) {
        return ((List<Map<String, Object>>) valuation.get("rows")).stream().filter(row -> key.equals(row.get("key")))
                .findFirst().map(row -> new Figure(((Number) row.get("quantity")).longValue(), String.valueOf(row.get("value"))))
                .orElse(new Figure(0, "0.00"));
    }

    private record Figure(long quantity, String value) {
    }

    private static long snapshots(String where, Instant at) throws SQLException {
        return count("SELECT COUNT(*) FROM valuation_snapshot WHERE " + where.replace("?", "'" + Timestamp.from(at) + "'"));
    }

    private static long id(String query, Object key) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setObject(1, key instanceof Instant instant ? Timestamp.from(instant) : key);
            try (ResultSet row = statement.executeQuery()) {
                assertTrue(row.next(), query + " " + key);
                return row.getLong(1);
            }
        }
    }

    private static long count(String query) throws SQLException {
        try (Connection connection = connect(); ResultSet row = connection.createStatement().executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void update(String statement, Object... values) throws SQLException {
        try (Connection connection = connect(); PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i] instanceof Instant instant ? Timestamp.from(instant) : values[i]);
            }
            update.executeUpdate();
        }
    }

    private static Connection connect() throws SQLException {
        TestDatabase.Server db = TestDatabase.server();
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }
}
