package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Script;
import fr.sav.inventory.shared.Sql;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The stock levels (part, location, condition → on hand, reserved). Decrements are conditional updates,
 * so that concurrent requests for the last piece cannot both win; the table's CHECK constraints are the
 * second guard.
 */
@Singleton
class StockLevels {

    private final Sql sql;

    StockLevels(Sql sql) {
        this.sql = sql;
    }

    /**
     * Adds to the script the statement that moves one level by {@code delta}: an entry adds (creating the row), an exit
     * takes only what is available, or what was reserved for this purpose; an exit changed no row when there was not
     * enough.
     */
    int change(Script script, long partId, long locationId, Condition condition, int delta, boolean reservedStock) {
        if (delta > 0) {
            return script.add("INSERT INTO stock_level (part_id, location_id, item_condition, on_hand, reserved) "
                    + "VALUES (?, ?, ?, ?, 0) ON DUPLICATE KEY UPDATE on_hand = on_hand + VALUES(on_hand)",
                    partId, locationId, condition, delta);
        }
        int quantity = -delta;
        return reservedStock
                ? script.add("UPDATE stock_level SET on_hand = on_hand - ?, reserved = reserved - ? WHERE part_id = ? "
                        + "AND location_id = ? AND item_condition = ? AND reserved >= ? AND on_hand >= ?",
                        quantity, quantity, partId, locationId, condition, quantity, quantity)
                : script.add("UPDATE stock_level SET on_hand = on_hand - ? "
                        + "WHERE part_id = ? AND location_id = ? AND item_condition = ? AND on_hand - reserved >= ?",
                        quantity, partId, locationId, condition, quantity);
    }

    boolean reserve(long partId, long locationId, Condition condition, int quantity) {
        return sql.update("UPDATE stock_level SET reserved = reserved + ? "
                + "WHERE part_id = ? AND location_id = ? AND item_condition = ? AND on_hand - reserved >= ?",
                quantity, partId, locationId, condition, quantity) == 1;
    }

    boolean release(long partId, long locationId, Condition condition, int quantity) {
        return sql.update("UPDATE stock_level SET reserved = reserved - ? "
                + "WHERE part_id = ? AND location_id = ? AND item_condition = ? AND reserved >= ?",
                quantity, partId, locationId, condition, quantity) == 1;
    }

    /** On hand, with the level's row locked until the transaction ends (0 when there is no row yet). */
    int lockOnHand(long partId, long locationId, Condition condition) {
        return (int) sql.count("SELECT on_hand FROM stock_level WHERE part_id = ? AND location_id = ? "
                + "AND item_condition = ? FOR UPDATE", partId, locationId, condition);
    }

    int available(long partId, long locationId, Condition condition) {
        return (int) sql.count("SELECT on_hand - reserved FROM stock_level "
                + "WHERE part_id = ? AND location_id = ? AND item_condition = ?", partId, locationId, condition);
    }

    int reserved(long partId, long locationId, Condition condition) {
        return (int) sql.count("SELECT reserved FROM stock_level "
                + "WHERE part_id = ? AND location_id = ? AND item_condition = ?", partId, locationId, condition);
    }

    /** The conditions holding available stock of a part at a location, with how much. */
    List<Available> availableAt(long partId, long locationId) {
        return sql.list("SELECT item_condition, on_hand - reserved FROM stock_level "
                        + "WHERE part_id = ? AND location_id = ? AND on_hand - reserved > 0",
                row -> new Available(Condition.valueOf(row.getString(1)), row.getInt(2)), partId, locationId);
    }

    /** Where a part has available stock, most first, in at most {@code limit} places. */
    List<InsufficientStock.Elsewhere> availableAnywhere(long partId, int limit) {
        return sql.list("SELECT l.code, s.item_condition, s.on_hand - s.reserved FROM stock_level s "
                        + "JOIN location l ON l.id = s.location_id "
                        + "WHERE s.part_id = ? AND s.on_hand - s.reserved > 0 ORDER BY s.on_hand - s.reserved DESC LIMIT ?",
                row -> new InsufficientStock.Elsewhere(row.getString(1), Condition.valueOf(row.getString(2)), row.getInt(3)),
                partId, limit);
    }

    record Available(Condition condition, int quantity) {
    }
}
