package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Script;
import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import fr.sav.inventory.support.ApiTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An exit at the average is valued by the database as it takes the pieces out (procedure {@code stock_one_side},
 * migration V38): what it takes, what that is a piece and the total it leaves must be exactly what the service's own
 * rule says ({@link ValueTotal#share}, {@link MovementValue}), which the ledger's replay and audit apply. Compared on
 * shares of exactly a half cent, on shares a few millionths of a cent below one (a quotient rounded to six decimals
 * first would go up), on negative totals, on no stock, on the last pieces and on 400 drawn at random.
 */
class StockValuesTest extends ApiTest {

    @Inject
    Sql sql;

    @Inject
    Transactions transactions;

    private static final String CALL = "CALL stock_one_side(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private long part;
    private long store;

    @BeforeAll
    void aPartAndAStore() {
        String sku = given.part(Map.of());
        String code = given.store();
        part = transactions.read(() -> sql.count("SELECT id FROM part WHERE sku = ?", sku));
        store = transactions.read(() -> sql.count("SELECT id FROM location WHERE code = ?", code));
    }

    @Test
    void theDatabaseTakesOutWhatTheRuleSays() {
        List<Case> cases = new ArrayList<>(List.of(
                new Case(2, "0.01", 1),                    // half a cent: up
                new Case(2, "-0.01", 1),                   // half a cent below zero: away from zero
                new Case(3, "10.00", 1),                   // 3.333…: down
                new Case(3, "10.00", 2),                   // 6.666…: up
                new Case(3, "10.00", 3),                   // the last pieces take all
                new Case(3, "10.00", 5),                   // more than there is: all of it
                new Case(0, "0.00", 1),                    // no stock: nothing
                new Case(-4, "12.00", 1),                  // missing stock: nothing
                new Case(20_001, "8516830.82", 20),        // 8516.40499975…: to six decimals, 8516.405
                new Case(200_001, "24449.80", 38_790),     // 4742.01499992…: likewise 4742.015
                new Case(3_000_001, "13880.35", 662_816),  // 3066.70499963…: likewise 3066.705
                new Case(3_000_000_000L, "9999999999.99", 1_000_000),
                new Case(7, "1234567890123.45", 1)));    // the most a ledger row's unit value holds
        Random random = new Random(20261206);
        for (int i = 0; i < 400; i++) {
            long quantity = random.nextInt(3) == 0 ? 1 + random.nextInt(40) : 1 + (long) random.nextInt(Integer.MAX_VALUE);
            BigDecimal value = BigDecimal.valueOf(random.nextLong() % 1_000_000_000_000L, 2);
            cases.add(new Case(quantity, value.toPlainString(), 1 + random.nextInt(StockChange.MAX_QUANTITY)));
        }

        for (Case c : cases) {
            ValueTotal before = new ValueTotal(c.quantity, new BigDecimal(c.value));
            BigDecimal share = before.share(c.pieces);
            Object[] taken = takeOut(before, c.pieces);

            String which = c.toString();
            assertEquals(share, taken[0], which);
            assertEquals(share.divide(BigDecimal.valueOf(c.pieces), 2, RoundingMode.HALF_UP), taken[1], which);
            assertEquals(c.quantity - c.pieces, ((Number) taken[2]).longValue(), which);
            assertEquals(before.value().subtract(share), taken[3], which);
        }
    }

    @Test
    void withoutATotalTheRowIsCreatedWithThePiecesMissingAndNothingTaken() {
        Object[] taken = rolledBack(() -> {
            sql.update("DELETE FROM stock_value WHERE part_id = ? AND item_condition = 'USED'", part);
            sql.update("SET @given = 99.99"); // what an earlier movement on the connection left
            Object[] row = issue(Condition.USED, 3);
            Object[] total = sql.one("SELECT quantity, value FROM stock_value WHERE part_id = ? AND item_condition = 'USED'",
                    StockValuesTest::row, part).orElseThrow();
            return new Object[] {row[1], total[0], total[1]};
        });

        assertEquals(new BigDecimal("0.00"), taken[0]);
        assertEquals(-3L, ((Number) taken[1]).longValue());
        assertEquals(new BigDecimal("0.00"), taken[2]);
    }

    @Test
    void anExitWithTooLittleStockWritesNothingAndSaysSo() {
        Object[] outcome = rolledBack(() -> {
            setTotal(new ValueTotal(5, new BigDecimal("50.00")));
            setLevel(Condition.NEW, 2);
            Script script = sql.script();
            int at = script.call(CALL, "ISSUE", part, 3, null, store, Condition.NEW, false, false, null, null, null, null,
                    null, null, null, Instant.now(), Instant.now(), "test");
            List<Object[]> rows = script.run().get(at).rows();
            Object[] total = sql.one("SELECT quantity, value FROM stock_value WHERE part_id = ? AND item_condition = 'NEW'",
                    StockValuesTest::row, part).orElseThrow();
            long onHand = sql.count("SELECT on_hand FROM stock_level WHERE part_id = ? AND location_id = ? "
                    + "AND item_condition = 'NEW'", part, store);
            return new Object[] {rows.size(), total[0], total[1], onHand};
        });

        assertEquals(0, outcome[0]);
        assertEquals(5L, ((Number) outcome[1]).longValue());
        assertEquals(new BigDecimal("50.00"), outcome[2]);
        assertEquals(2L, outcome[3]);
    }

    /** The share taken, its value a piece, and the total's quantity and value after. */
    private Object[] takeOut(ValueTotal before, int pieces) {
        return rolledBack(() -> {
            setTotal(before);
            Object[] row = issue(Condition.NEW, pieces);
            Object[] total = sql.one("SELECT quantity, value FROM stock_value WHERE part_id = ? AND item_condition = 'NEW'",
                    StockValuesTest::row, part).orElseThrow();
            return new Object[] {row[1], row[0], total[0], total[1]};
        });
    }

    private void setTotal(ValueTotal total) {
        sql.update("INSERT INTO stock_value (part_id, item_condition, quantity, value) VALUES (?, 'NEW', ?, ?) "
                + "ON DUPLICATE KEY UPDATE quantity = VALUES(quantity), value = VALUES(value)",
                part, total.quantity(), total.value());
    }

    private void setLevel(Condition condition, int onHand) {
        sql.update("INSERT INTO stock_level (part_id, location_id, item_condition, on_hand, reserved) VALUES (?, ?, ?, ?, 0) "
                + "ON DUPLICATE KEY UPDATE on_hand = VALUES(on_hand), reserved = 0", part, store, condition, onHand);
    }

    /** The unit value and value of an issue of these pieces from the store, as the procedure wrote its row. */
    private Object[] issue(Condition condition, int pieces) {
        setLevel(condition, pieces);
        Script script = sql.script();
        int at = script.call(CALL, "ISSUE", part, pieces, null, store, condition, false, false, null, null, null, null,
                null, null, null, Instant.now(), Instant.now(), "test");
        Object[] row = script.run().get(at).rows().get(0);
        return new Object[] {row[1], row[2]};
    }

    private static Object[] row(ResultSet row) throws SQLException {
        return new Object[] {row.getLong(1), row.getBigDecimal(2)};
    }

    /**
     * Runs the work in a transaction that is then rolled back: the totals it sets have no movements behind them, and
     * the other tests' audits must not find them.
     */
    private Object[] rolledBack(Supplier<Object[]> work) {
        try {
            transactions.write(() -> {
                throw new RolledBack(work.get());
            });
        } catch (RolledBack done) {
            return done.result;
        }
        throw new AssertionError("the transaction was not rolled back");
    }

    private static final class RolledBack extends RuntimeException {

        private final transient Object[] result;

        RolledBack(Object[] result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    private record Case(long quantity, String value, int pieces) {
    }
}
