package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Script;

import java.math.BigDecimal;

/**
 * The running totals of the moving average (part, condition → quantity, value), changed by one statement in the
 * movement's transaction (sent with the movement's other statements); the ledger's values sum to them.
 */
final class StockValues {

    private StockValues() {
    }

    /** Adds to the script the read of the total as it stands, its row locked until the transaction ends. */
    static int lock(Script script, long partId, Condition condition) {
        return script.add("SELECT quantity, value FROM stock_value WHERE part_id = ? AND item_condition = ? FOR UPDATE",
                partId, condition);
    }

    /** The total that {@link #lock} read (none when the part never had stock in that condition). */
    static ValueTotal read(Script.Outcome locked) {
        return locked.rows().isEmpty() ? ValueTotal.NONE : new ValueTotal(((Number) locked.rows().get(0)[0]).longValue(),
                (BigDecimal) locked.rows().get(0)[1]);
    }

    /**
     * The user variable in which {@link #takeOut} leaves what the pieces taken out were worth, for the movement's row
     * in the same script (user variables belong to the connection, and every take-out sets it first).
     */
    static final String GIVEN = "@given";

    /** What {@link #GIVEN} is worth a piece, for {@code ?} pieces: half up to the cent, as {@link MovementValue} divides. */
    static final String GIVEN_PER_PIECE = "ROUND(CAST(" + GIVEN + " AS DECIMAL(65, 30)) / ?, 2)";

    /**
     * {@link ValueTotal#share} written for the database, on the row as it stands: nothing when there is no stock, all
     * of it for the last pieces, else value × pieces / quantity rounded half up to the cent. The quotient is kept to 34
     * decimals whatever the server's {@code div_precision_increment}, so that rounding it to the cent cannot cross a
     * half cent it lies just below: it is exactly Java's {@code HALF_UP} (ROUND on a DECIMAL rounds half away from
     * zero, as HALF_UP does). {@code StockValuesTest} holds the two to each other.
     */
    private static final String SHARE = "IF(quantity <= 0, 0.00, IF(? >= quantity, value, "
            + "ROUND(CAST(value AS DECIMAL(65, 30)) * ? / quantity, 2)))";

    /**
     * Adds to the script the statement that takes {@code pieces} out of the total at its average, on the row as it
     * stands when the statement runs (its lock held to the end of the transaction), and leaves their value in
     * {@link #GIVEN}: no read needs to come back before the movement's row is written. Without a total yet, the row is
     * created with the pieces missing and nothing taken (the insert's values set {@link #GIVEN} to zero before the
     * update on a duplicate key sets it to the share).
     */
    static void takeOut(Script script, long partId, Condition condition, int pieces) {
        script.add("INSERT INTO stock_value (part_id, item_condition, quantity, value) VALUES (?, ?, ?, -(" + GIVEN
                        + " := 0.00)) ON DUPLICATE KEY UPDATE value = value - (" + GIVEN + " := " + SHARE + "), "
                        + "quantity = quantity + VALUES(quantity)",
                partId, condition, -pieces, pieces, pieces);
    }

    static void add(Script script, long partId, Condition condition, long quantity, BigDecimal value) {
        script.add("INSERT INTO stock_value (part_id, item_condition, quantity, value) VALUES (?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE quantity = quantity + VALUES(quantity), value = value + VALUES(value)",
                partId, condition, quantity, value);
    }
}
