package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Sql;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stock's value at an instant, from the ledger: the running totals of today less every movement that happened
 * after it (read from one index alone, so that a recent instant reads little of the ledger). A location's pieces are
 * worth their part and condition's average at that instant.
 */
@Singleton
class Valuations {

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

    /**
     * The rows that hold pieces or value, in no particular order: an instant in the ledger's first half is answered by
     * replaying the movements up to it, a later one by undoing those after it from today's totals.
     */
    List<ValuationView.Row> at(Instant at, ValuationBy by) {
        boolean replay = inFirstHalf(at);
        List<ValuationView.Row> rows = switch (by) {
            case CONDITION -> rows("SELECT x.k, SUM(x.quantity), SUM(x.value) FROM ("
                    + totals("item_condition", "to_condition", "from_condition", replay) + ") x GROUP BY x.k", at);
            case FAMILY -> rows("SELECT COALESCE(p.family, ''), SUM(x.quantity), SUM(x.value) FROM ("
                    + totals("part_id", "part_id", "part_id", replay) + ") x JOIN part p ON p.id = x.k "
                    + "GROUP BY COALESCE(p.family, '')", at);
            case LOCATION -> byLocation(at, replay);
        };
        return rows.stream().filter(row -> row.quantity() != 0 || row.value().signum() != 0).toList();
    }

    private List<ValuationView.Row> rows(String query, Instant at) {
        return sql.list(query, row -> new ValuationView.Row(row.getString(1), row.getLong(2),
                row.getBigDecimal(3).setScale(2, RoundingMode.HALF_UP)), at, at);
    }

    /**
     * Quantity and value per key: today's running totals with what every movement after the instant did undone, or
     * what every movement up to it did, replayed from nothing. Each part is summed on its own (a few rows per key)
     * before they are added up: a database would otherwise copy a year of movements into a temporary table.
     */
    private static String totals(String key, String inKey, String outKey, boolean replay) {
        String in = replay ? "" : "-";
        String out = replay ? "-" : "";
        String when = " WHERE occurred_at " + (replay ? "<=" : ">") + " ? AND ";
        String moves = "SELECT " + inKey + " AS k, SUM(" + in + "quantity) AS quantity, SUM(" + in + "value) AS value "
                + "FROM stock_movement" + when + "to_condition IS NOT NULL GROUP BY " + inKey
                + " UNION ALL SELECT " + outKey + ", SUM(" + out + "quantity), SUM(" + out
                + "(value - COALESCE(value_added, 0))) FROM stock_movement" + when + "from_condition IS NOT NULL GROUP BY "
                + outKey;
        return replay ? moves : "SELECT " + key + " AS k, SUM(quantity) AS quantity, SUM(value) AS value FROM stock_value "
                + "GROUP BY " + key + " UNION ALL " + moves;
    }

    private boolean inFirstHalf(Instant at) {
        return sql.one("SELECT MIN(occurred_at) AS first_at, MAX(occurred_at) AS last_at FROM stock_movement", row -> {
            Instant first = Sql.instant(row, "first_at");
            Instant last = Sql.instant(row, "last_at");
            return first != null && at.isBefore(first.plus(Duration.between(first, last).dividedBy(2)));
        }).orElse(false);
    }

    /**
     * Levels and totals as they stand with each movement after the instant undone, or from nothing with each movement
     * up to it replayed (in memory: a database would group a year of movements by part in a temporary table), then
     * every level at its average.
     */
    private List<ValuationView.Row> byLocation(Instant at, boolean replay) {
        Map<PartCondition, ValueTotal> totals = new HashMap<>();
        Map<Level, Long> levels = new HashMap<>();
        if (!replay) {
            sql.each("SELECT part_id, item_condition, quantity, value FROM stock_value", row -> totals.put(new PartCondition(
                    row.getLong(1), row.getString(2)), new ValueTotal(row.getLong(3), row.getBigDecimal(4))));
            sql.each("SELECT part_id, location_id, item_condition, on_hand FROM stock_level WHERE on_hand <> 0", row ->
                    levels.put(new Level(row.getLong(1), row.getLong(2), row.getString(3)), row.getLong(4)));
        }
        long in = replay ? 1 : -1;
        String when = " WHERE occurred_at " + (replay ? "<=" : ">") + " ? AND ";
        sql.each("SELECT part_id, to_location_id, to_condition, SUM(quantity), SUM(value) FROM stock_movement" + when
                + "to_condition IS NOT NULL GROUP BY part_id, to_location_id, to_condition",
                row -> moved(row, in, totals, levels), at);
        sql.each("SELECT part_id, from_location_id, from_condition, SUM(quantity), SUM(value - COALESCE(value_added, 0)) "
                + "FROM stock_movement" + when + "from_condition IS NOT NULL GROUP BY part_id, from_location_id, from_condition",
                row -> moved(row, -in, totals, levels), at);
        Map<Long, String> codes = new HashMap<>();
        sql.each("SELECT id, code FROM location", row -> codes.put(row.getLong(1), row.getString(2)));
        Map<String, ValueTotal> byCode = new HashMap<>();
        levels.forEach((level, quantity) -> {
            if (quantity != 0) {
                ValueTotal total = totals.getOrDefault(new PartCondition(level.part(), level.condition()), ValueTotal.NONE);
                byCode.merge(codes.get(level.location()), new ValueTotal(quantity, total.atAverage(quantity.intValue())),
                        Valuations::sum);
            }
        });
        return byCode.entrySet().stream()
                .map(e -> new ValuationView.Row(e.getKey(), e.getValue().quantity(), e.getValue().value())).toList();
    }

    /** What movements brought into ({@code sign} 1) or took out of (-1) one level, added to it and to its total. */
    private static void moved(ResultSet row, long sign, Map<PartCondition, ValueTotal> totals, Map<Level, Long> levels)
            throws SQLException {
        long part = row.getLong(1);
        long quantity = sign * row.getLong(4);
        totals.merge(new PartCondition(part, row.getString(3)),
                new ValueTotal(quantity, row.getBigDecimal(5).multiply(BigDecimal.valueOf(sign))), Valuations::sum);
        levels.merge(new Level(part, row.getLong(2), row.getString(3)), quantity, Long::sum);
    }

    private static ValueTotal sum(ValueTotal a, ValueTotal b) {
        return a.plus(b.quantity(), b.value());
    }

    private record PartCondition(long part, String condition) {
    }

    private record Level(long part, long location, String condition) {
    }
}
