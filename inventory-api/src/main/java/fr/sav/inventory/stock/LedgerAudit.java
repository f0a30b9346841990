package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Replays the ledger and compares it with the stock levels (and serialized units with their levels), and every
 * movement's value with the value the moving average gives it ({@link ValueReplay}).
 * The ledger is the truth: any difference is a defect, reported with the figures on both sides.
 */
@Singleton
class LedgerAudit {

    private static final String LEDGER = """
            SELECT part_id, location_id, item_condition, SUM(quantity) AS quantity FROM (
                SELECT part_id, to_location_id AS location_id, to_condition AS item_condition, quantity
                FROM stock_movement WHERE to_location_id IS NOT NULL
                UNION ALL
                SELECT part_id, from_location_id, from_condition, -quantity
                FROM stock_movement WHERE from_location_id IS NOT NULL) moves
            GROUP BY part_id, location_id, item_condition""";

    private static final String COMPARE_LEDGER = """
            SELECT p.sku, l.code, x.item_condition, x.expected, x.actual FROM (
                SELECT COALESCE(g.part_id, s.part_id) AS part_id, COALESCE(g.location_id, s.location_id) AS location_id,
                       COALESCE(g.item_condition, s.item_condition) AS item_condition,
                       COALESCE(g.quantity, 0) AS expected, COALESCE(s.on_hand, 0) AS actual
                FROM (%1$s) g LEFT JOIN stock_level s
                  ON s.part_id = g.part_id AND s.location_id = g.location_id AND s.item_condition = g.item_condition
                UNION
                SELECT s.part_id, s.location_id, s.item_condition, COALESCE(g.quantity, 0), s.on_hand
                FROM stock_level s LEFT JOIN (%1$s) g
                  ON s.part_id = g.part_id AND s.location_id = g.location_id AND s.item_condition = g.item_condition
            ) x JOIN part p ON p.id = x.part_id JOIN location l ON l.id = x.location_id
            WHERE x.expected <> x.actual""".formatted(LEDGER);

    private static final String COMPARE_UNITS = """
            SELECT p.sku, l.code, s.item_condition, COALESCE(u.units, 0) AS expected, s.on_hand AS actual
            FROM stock_level s JOIN part p ON p.id = s.part_id AND p.serialized
            JOIN location l ON l.id = s.location_id
            LEFT JOIN (SELECT part_id, location_id, item_condition, COUNT(*) AS units FROM stock_unit
                       WHERE owner = 'COMPANY' AND status IN ('IN_STOCK', 'RESERVED', 'IN_REPAIR', 'AT_SUBCONTRACTOR')
                       GROUP BY part_id, location_id, item_condition) u
              ON u.part_id = s.part_id AND u.location_id = s.location_id AND u.item_condition = s.item_condition
            WHERE COALESCE(u.units, 0) <> s.on_hand""";

    private final Sql sql;
    private final Transactions transactions;
    private final ValueReplay values;

    LedgerAudit(Sql sql, Transactions transactions, ValueReplay values) {
        this.sql = sql;
        this.values = values;
        this.transactions = transactions;
    }

    public Report run() {
        return transactions.read(() -> {
            List<Mismatch> ledger = sql.list(COMPARE_LEDGER, row -> new Mismatch("ledger", row.getString(1),
                    row.getString(2), row.getString(3), row.getLong(4), row.getLong(5)));
            List<Mismatch> units = sql.list(COMPARE_UNITS, row -> new Mismatch("units", row.getString(1),
                    row.getString(2), row.getString(3), row.getLong(4), row.getLong(5)));
            List<Mismatch> all = new java.util.ArrayList<>(ledger);
            all.addAll(units);
            List<ValueReplay.ValueMismatch> valued = values.run();
            return new Report(all.isEmpty() && valued.isEmpty(), sql.count("SELECT COUNT(*) FROM stock_movement"), all,
                    valued);
        });
    }

    /** The audit's answer: whether levels and values equal the ledger replay, and every difference found. */
    @Serdeable
    public record Report(boolean consistent, long movements, List<Mismatch> mismatches,
                         List<ValueReplay.ValueMismatch> valueMismatches) {
    }

    /** One level that differs from what the ledger (or the units) say it should be. */
    @Serdeable
    public record Mismatch(String source, String sku, String location, String condition, long expected, long onHand) {
    }
}
