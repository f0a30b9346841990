package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.Sql;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A set of movements rolled up together, and the demand they change. With R the movements already rolled up and S this
 * slice, demand over R ∪ S minus demand over R is: the issues of S; the returns and receipts of S (with a reference, not
 * a core) whose part and reference were issued in R ∪ S; and the returns and receipts of R whose part and reference were
 * first issued in S, which did not count until now. A movement never stops counting once it does, so a week's row,
 * once there, stays, as DemandSeries' group did. References compare in the column's collation, as DemandSeries' did.
 * Both queries read the transaction's snapshot and lock no movement.
 *
 * @param in     the slice's movements, as a condition on the alias {@code %1$s}
 * @param rolled the movements already rolled up (those not in the slice up to the watermark)
 * @param upTo   the highest id of R ∪ S
 */
record RollupSlice(String in, String rolled, long upTo) {

    /** One part's week, by its number ({@link #weekNumber}). */
    record Week(long partId, int number) {
    }

    /** Days from the epoch to Monday 1970-01-05, where week 0 starts. */
    private static final long FIRST_MONDAY = 4;
    private static final String WEEK = "FLOOR((TO_DAYS(%1$s.occurred_at) - TO_DAYS('1970-01-05')) / 7)";
    private static final String GIVEN_BACK = "%1$s.type IN ('RETURN', 'RECEIPT') AND %1$s.reference IS NOT NULL "
            + "AND (%1$s.return_reason IS NULL OR %1$s.return_reason <> 'CORE')";
    private static final String ISSUED = "SELECT 1 FROM stock_movement i WHERE i.reference = %1$s.reference "
            + "AND i.part_id = %1$s.part_id AND i.type = 'ISSUE' AND ";

    /** The ids above the watermark, up to {@code upTo}. */
    static RollupSlice range(long watermark, long upTo) {
        return new RollupSlice("%1$s.id > " + watermark + " AND %1$s.id <= " + upTo, "%1$s.id <= " + watermark, upTo);
    }

    /** Movements below the watermark that committed after it passed them. */
    static RollupSlice late(long watermark, List<Long> ids) {
        String list = ids.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
        return new RollupSlice("%1$s.id IN " + list, "%1$s.id <= " + watermark + " AND %1$s.id NOT IN " + list, watermark);
    }

    Map<Week, Long> deltas(Sql sql) {
        Map<Week, Long> deltas = new HashMap<>();
        sql.each("SELECT m.part_id, " + on(WEEK, "m") + ", SUM(CASE WHEN m.type = 'ISSUE' THEN m.quantity ELSE -m.quantity END) "
                        + "FROM stock_movement m WHERE " + on(in, "m") + " AND (m.type = 'ISSUE' OR " + on(GIVEN_BACK, "m")
                        + " AND EXISTS (" + on(ISSUED, "m") + "i.id <= " + upTo + ")) GROUP BY 1, 2",
                row -> deltas.merge(new Week(row.getLong(1), row.getInt(2)), row.getLong(3), Long::sum));
        sql.each("SELECT STRAIGHT_JOIN r.part_id, " + on(WEEK, "r") + ", -SUM(r.quantity) FROM (SELECT DISTINCT n.part_id, "
                        + "n.reference FROM stock_movement n WHERE " + on(in, "n") + " AND n.type = 'ISSUE' AND n.reference "
                        + "IS NOT NULL AND NOT EXISTS (" + on(ISSUED, "n") + on(rolled, "i") + ")) fresh "
                        + "JOIN stock_movement r ON r.reference = fresh.reference AND r.part_id = fresh.part_id WHERE "
                        + on(rolled, "r") + " AND " + on(GIVEN_BACK, "r") + " GROUP BY 1, 2",
                row -> deltas.merge(new Week(row.getLong(1), row.getInt(2)), row.getLong(3), Long::sum));
        return deltas;
    }

    /** The parts' first day among the slice's movements. */
    Map<Long, LocalDate> firstDays(Sql sql) {
        Map<Long, LocalDate> first = new HashMap<>();
        sql.each("SELECT m.part_id, MIN(DATE(m.occurred_at)) FROM stock_movement m WHERE " + on(in, "m") + " GROUP BY 1",
                row -> first.put(row.getLong(1), row.getDate(2).toLocalDate()));
        return first;
    }

    /** The number of the week holding the day, counted from Monday 1970-01-05. */
    static int weekNumber(LocalDate day) {
        return (int) Math.floorDiv(day.toEpochDay() - FIRST_MONDAY, 7);
    }

    private static String on(String condition, String alias) {
        return String.format(condition, alias);
    }
}
