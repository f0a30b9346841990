package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Script;

import java.math.BigDecimal;

/**
 * The running totals of the moving average (part, condition → quantity, value), changed in the movement's transaction
 * (here for a movement of two sides or one valued from a read; procedure {@code stock_one_side} for the others); the
 * ledger's values sum to them.
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

    static void add(Script script, long partId, Condition condition, long quantity, BigDecimal value) {
        script.add("INSERT INTO stock_value (part_id, item_condition, quantity, value) VALUES (?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE quantity = quantity + VALUES(quantity), value = value + VALUES(value)",
                partId, condition, quantity, value);
    }
}
