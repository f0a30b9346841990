package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Sql;
import jakarta.inject.Singleton;

import java.math.BigDecimal;

/**
 * The running totals of the moving average (part, condition → quantity, value), changed by one statement in the
 * movement's transaction; the ledger's values sum to them.
 */
@Singleton
class StockValues {

    private final Sql sql;

    StockValues(Sql sql) {
        this.sql = sql;
    }

    /** The total as it stands, its row locked until the transaction ends. */
    ValueTotal lock(long partId, Condition condition) {
        return sql.one("SELECT quantity, value FROM stock_value WHERE part_id = ? AND item_condition = ? FOR UPDATE",
                row -> new ValueTotal(row.getLong(1), row.getBigDecimal(2)), partId, condition).orElse(ValueTotal.NONE);
    }

    void add(long partId, Condition condition, long quantity, BigDecimal value) {
        sql.update("INSERT INTO stock_value (part_id, item_condition, quantity, value) VALUES (?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE quantity = quantity + VALUES(quantity), value = value + VALUES(value)",
                partId, condition, quantity, value);
    }
}
