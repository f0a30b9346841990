package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Sql;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * The stock's value at an instant, from the ledger: the running totals of today less every movement that happened
 * after it (so that a recent instant reads little of the ledger). A location's pieces are worth their part and
 * condition's average at that instant.
 */
@Singleton
class Valuations {

    private static final String MOVES_AFTER = """
            SELECT part_id, %1$s to_condition AS item_condition, quantity, value FROM stock_movement
            WHERE occurred_at > ? AND to_location_id IS NOT NULL
            UNION ALL
            SELECT part_id, %2$s from_condition, -quantity, -(value - COALESCE(value_added, 0)) FROM stock_movement
            WHERE occurred_at > ? AND from_location_id IS NOT NULL""";

    private static final String TOTALS_AT = """
            SELECT v.part_id, v.item_condition, v.quantity - COALESCE(a.quantity, 0) AS quantity,
                   v.value - COALESCE(a.value, 0) AS value
            FROM stock_value v LEFT JOIN (
                SELECT part_id, item_condition, SUM(quantity) AS quantity, SUM(value) AS value FROM (%s) moves
                GROUP BY part_id, item_condition) a ON a.part_id = v.part_id AND a.item_condition = v.item_condition
            """.formatted(MOVES_AFTER.formatted("", ""));

    private static final String LEVELS_AT = """
            SELECT s.part_id, s.location_id, s.item_condition, s.on_hand - COALESCE(a.quantity, 0) AS quantity
            FROM stock_level s LEFT JOIN (
                SELECT part_id, location_id, item_condition, SUM(quantity) AS quantity FROM (%s) moves
                GROUP BY part_id, location_id, item_condition) a
              ON a.part_id = s.part_id AND a.location_id = s.location_id AND a.item_condition = s.item_condition
            """.formatted(MOVES_AFTER.formatted("to_location_id AS location_id,", "from_location_id,"));

    private static final String BY_CONDITION = "SELECT t.item_condition, SUM(t.quantity), SUM(t.value) FROM ("
            + TOTALS_AT + ") t GROUP BY t.item_condition";

    private static final String BY_FAMILY = "SELECT COALESCE(p.family, ''), SUM(t.quantity), SUM(t.value) FROM ("
            + TOTALS_AT + ") t JOIN part p ON p.id = t.part_id GROUP BY COALESCE(p.family, '')";

    private static final String BY_LOCATION = "SELECT l.code, SUM(s.quantity), "
            + "SUM(CASE WHEN t.quantity > 0 THEN ROUND(s.quantity * t.value / t.quantity, 2) ELSE 0 END) FROM ("
            + LEVELS_AT + ") s JOIN (" + TOTALS_AT + ") t ON t.part_id = s.part_id AND t.item_condition = s.item_condition "
            + "JOIN location l ON l.id = s.location_id WHERE s.quantity <> 0 GROUP BY l.code";

    private final Sql sql;

    Valuations(Sql sql) {
        this.sql = sql;
    }

    /** What was issued against a reference net of what came back under it (returns, reversals of its issues). */
    BigDecimal issuedValue(String reference) {
        return sql.one("SELECT COALESCE(SUM(CASE WHEN m.type = 'ISSUE' THEN m.value "
                        + "WHEN m.type = 'RETURN' THEN -m.value WHEN o.type = 'ISSUE' THEN -m.value "
                        + "WHEN o.type = 'RETURN' THEN m.value ELSE 0 END), 0) FROM stock_movement m "
                        + "LEFT JOIN movement_reversal r ON r.reversal_id = m.id "
                        + "LEFT JOIN stock_movement o ON o.id = r.movement_id WHERE m.reference = ?",
                row -> row.getBigDecimal(1), reference).orElse(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }

    /** The rows that hold pieces or value, in no particular order. */
    List<ValuationView.Row> at(Instant at, ValuationBy by) {
        return switch (by) {
            case CONDITION -> rows(BY_CONDITION, at, at);
            case FAMILY -> rows(BY_FAMILY, at, at);
            case LOCATION -> rows(BY_LOCATION, at, at, at, at);
        };
    }

    private List<ValuationView.Row> rows(String query, Object... instants) {
        return sql.list(query, row -> new ValuationView.Row(row.getString(1), row.getLong(2),
                row.getBigDecimal(3).setScale(2, RoundingMode.HALF_UP)), instants).stream()
                .filter(row -> row.quantity() != 0 || row.value().signum() != 0).toList();
    }
}
