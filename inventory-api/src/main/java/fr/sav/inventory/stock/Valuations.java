package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Sql;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The stock's value at an instant, from the ledger: the running totals of today less every movement that happened
 * after it, or every movement up to it replayed from nothing, whichever reads less (each read from one index alone).
 */
@Singleton
class Valuations {

    private final Sql sql;
    private final LocationValues locations;

    Valuations(Sql sql, LocationValues locations) {
        this.sql = sql;
        this.locations = locations;
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
            case LOCATION -> locations.at(at, replay);
        };
        return rows.stream().filter(row -> row.quantity() != 0 || row.value().signum() != 0).toList();
    }

    private List<ValuationView.Row> rows(String query, Instant at) {
        return sql.list(query, row -> new ValuationView.Row(row.getString(1), row.getLong(2),
                row.getBigDecimal(3).setScale(2, RoundingMode.HALF_UP)), at, at);
    }

    /**
     * Quantity and value per key: today's running totals with what every movement after the instant did undone, or
     * what every movement up to it did, replayed from nothing. Each branch is summed by its key (a few rows per key)
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
}
