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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An exit at the average is valued by the database as it takes the pieces out ({@link StockValues#takeOut}): what it
 * takes, what that is a piece and the total it leaves must be exactly what the service's own rule says
 * ({@link ValueTotal#share}, {@link MovementValue}), which the ledger's replay and audit apply. Compared on shares of
 * exactly a half cent, on shares a few millionths of a cent below one (a quotient rounded to six decimals first would
 * go up), on negative totals, on no stock, on the last pieces and on 400 drawn at random.
 */
class StockValuesTest extends ApiTest {

    @Inject
    Sql sql;

    @Inject
    Transactions transactions;

    private long part;

    @BeforeAll
    void aPart() {
        String sku = given.part(Map.of());
        part = transactions.read(() -> sql.count("SELECT id FROM part WHERE sku = ?", sku));
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
                new Case(7, "1234567890123456.78", 3)));
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
            Script script = sql.script();
            script.add("SET " + StockValues.GIVEN + " = 99.99"); // what an earlier movement on the connection left
            StockValues.takeOut(script, part, Condition.USED, 3);
            int read = script.add("SELECT " + StockValues.GIVEN + ", quantity, value FROM stock_value "
                    + "WHERE part_id = ? AND item_condition = 'USED'", part);
            return script.run().get(read).rows().get(0);
        });

        assertEquals(new BigDecimal("0.00"), taken[0]);
        assertEquals(-3L, ((Number) taken[1]).longValue());
        assertEquals(new BigDecimal("0.00"), taken[2]);
    }

    /** The share taken, its value a piece, and the total's quantity and value after. */
    private Object[] takeOut(ValueTotal before, int pieces) {
        return rolledBack(() -> {
            sql.update("INSERT INTO stock_value (part_id, item_condition, quantity, value) VALUES (?, 'NEW', ?, ?) "
                    + "ON DUPLICATE KEY UPDATE quantity = VALUES(quantity), value = VALUES(value)",
                    part, before.quantity(), before.value());
            Script script = sql.script();
            StockValues.takeOut(script, part, Condition.NEW, pieces);
            int read = script.add("SELECT " + StockValues.GIVEN + ", " + StockValues.GIVEN_PER_PIECE
                    + ", quantity, value FROM stock_value WHERE part_id = ? AND item_condition = 'NEW'", pieces, part);
            return script.run().get(read).rows().get(0);
        });
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
