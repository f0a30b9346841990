package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Sql;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

    /**
     * What movements did to the totals per part and condition: those after the instant undone (%1$s is {@code -}, %2$s
     * empty, %3$s {@code >}) or those up to it replayed (the other way round, {@code <=}).
     */
    private static final String MOVES = """
            SELECT part_id, to_condition AS item_condition, %1$squantity AS quantity, %1$svalue AS value FROM stock_movement
            WHERE occurred_at %3$s ? AND to_condition IS NOT NULL
            UNION ALL
            SELECT part_id, from_condition, %2$squantity, %2$s(value - COALESCE(value_added, 0)) FROM stock_movement
            WHERE occurred_at %3$s ? AND from_condition IS NOT NULL""";

    private static final String UNDONE = "SELECT part_id, item_condition, quantity, value FROM stock_value UNION ALL "
            + MOVES.formatted("-", "", ">");

    private static final String REPLAYED = MOVES.formatted("", "-", "<=");

    private static final String TOTALS = "SELECT %1$s, SUM(x.quantity), SUM(x.value) FROM (%3$s) x %2$s GROUP BY %1$s";

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
        String moves = replay ? REPLAYED : UNDONE;
        List<ValuationView.Row> rows = switch (by) {
            case CONDITION -> rows(TOTALS.formatted("x.item_condition", "", moves), at);
            case FAMILY -> rows(TOTALS.formatted("COALESCE(p.family, '')", "JOIN part p ON p.id = x.part_id", moves), at);
            case LOCATION -> byLocation(at, replay);
        };
        return rows.stream().filter(row -> row.quantity() != 0 || row.value().signum() != 0).toList();
    }

    private List<ValuationView.Row> rows(String query, Instant at) {
        return sql.list(query, row -> new ValuationView.Row(row.getString(1), row.getLong(2),
                row.getBigDecimal(3).setScale(2, RoundingMode.HALF_UP)), at, at);
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
        int sign = replay ? -1 : 1;
        sql.each("SELECT part_id, from_location_id, from_condition, to_location_id, to_condition, quantity, value, "
                + "COALESCE(value_added, 0) FROM stock_movement WHERE occurred_at " + (replay ? "<=" : ">") + " ?", row -> {
                    long part = row.getLong(1);
                    long quantity = sign * row.getLong(6);
                    BigDecimal value = row.getBigDecimal(7).multiply(BigDecimal.valueOf(sign));
                    if (row.getString(5) != null) {
                        totals.merge(new PartCondition(part, row.getString(5)), new ValueTotal(-quantity, value.negate()),
                                Valuations::sum);
                        levels.merge(new Level(part, row.getLong(4), row.getString(5)), -quantity, Long::sum);
                    }
                    if (row.getString(3) != null) {
                        totals.merge(new PartCondition(part, row.getString(3)), new ValueTotal(quantity,
                                value.subtract(row.getBigDecimal(8).multiply(BigDecimal.valueOf(sign)))), Valuations::sum);
                        levels.merge(new Level(part, row.getLong(2), row.getString(3)), quantity, Long::sum);
                    }
                }, at);
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

    private static ValueTotal sum(ValueTotal a, ValueTotal b) {
        return a.plus(b.quantity(), b.value());
    }

    private record PartCondition(long part, String condition) {
    }

    private record Level(long part, long location, String condition) {
    }
}
