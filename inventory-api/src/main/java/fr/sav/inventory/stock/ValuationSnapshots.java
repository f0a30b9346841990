package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Script;
import fr.sav.inventory.shared.Sql;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The valuation's month-end snapshots (what the ledger sums to at the last millisecond of a month, UTC), each in the
 * caller's transaction. A snapshot is only ever stored under the guard row's lock, and only if no movement was
 * backdated since its movements were read ({@link #store}); a movement backdated before the current month deletes the
 * snapshots at and after its instant in its own transaction ({@link #backdated}); the rows of deleted snapshots are
 * removed later ({@link #gone}).
 */
@Singleton
class ValuationSnapshots {

    private static final int CHUNK = 5_000;

    private final Sql sql;

    ValuationSnapshots(Sql sql) {
        this.sql = sql;
    }

    /** A stored snapshot: every movement that occurred up to {@code monthEnd}. */
    record Snapshot(long id, Instant monthEnd) {
    }

    /** The last millisecond of the instant's month (UTC). */
    static Instant monthEnd(Instant instant) {
        return start(YearMonth.from(instant.atOffset(ZoneOffset.UTC)).plusMonths(1)).minusMillis(1);
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    Optional<Snapshot> atOrBefore(Instant at) {
        return one("SELECT id, month_end FROM valuation_snapshot WHERE month_end <= ? ORDER BY month_end DESC LIMIT 1", at);
    }

    Optional<Snapshot> after(Instant at) {
        return one("SELECT id, month_end FROM valuation_snapshot WHERE month_end > ? ORDER BY month_end LIMIT 1", at);
    }

    Optional<Snapshot> latest() {
        return one("SELECT id, month_end FROM valuation_snapshot ORDER BY month_end DESC LIMIT 1");
    }

    /** Whether the snapshot is still there (no movement backdated before its month end has deleted it). */
    boolean stands(long id) {
        return sql.count("SELECT COUNT(*) FROM valuation_snapshot WHERE id = ?", id) > 0;
    }

    /** How many times movements were backdated before their month (read before the movements a snapshot sums). */
    long generation() {
        return sql.count("SELECT generation FROM valuation_snapshot_guard WHERE id = 1");
    }

    /**
     * A movement that occurred before the current month (UTC) may precede a stored snapshot: it takes the guard, moves
     * its generation on and deletes the snapshots at and after its instant, in the movement's script. Any other
     * movement adds nothing (no snapshot is taken of a month until a margin after its end, see {@link MonthEnds}).
     */
    void backdated(Script script, Instant occurredAt, Instant now) {
        if (occurredAt.isBefore(start(YearMonth.from(now.atOffset(ZoneOffset.UTC))))) {
            script.add("UPDATE valuation_snapshot_guard SET generation = generation + 1 WHERE id = 1");
            script.add("DELETE FROM valuation_snapshot WHERE month_end >= ?", occurredAt);
        }
    }

    /**
     * Stores the sums as the snapshot of {@code monthEnd} unless a movement was backdated since they were read (the
     * guard's generation moved on) or a snapshot at or after that month end is already there (another build stored
     * it first); under the guard's lock, so that a backdated movement waits for it or it for the movement.
     */
    Optional<Snapshot> store(LedgerSums sums, Instant monthEnd, long generation, Instant builtAt) {
        long current = sql.count("SELECT generation FROM valuation_snapshot_guard WHERE id = 1 FOR UPDATE");
        if (current != generation || sql.count("SELECT COUNT(*) FROM valuation_snapshot WHERE month_end >= ?", monthEnd) > 0) {
            return Optional.empty();
        }
        sql.update("UPDATE valuation_snapshot_guard SET stored = stored + 1 WHERE id = 1");
        long id = sql.insert("INSERT INTO valuation_snapshot (month_end, built_at) VALUES (?, ?)", monthEnd, builtAt);
        insert("INSERT INTO valuation_snapshot_value (snapshot_id, part_id, item_condition, quantity, value) "
                + "VALUES (?, ?, ?, ?, ?)", sums.totals, (key, total) -> total.quantity() == 0 && total.value().signum() == 0
                ? null : new Object[] {id, key.part(), key.condition(), total.quantity(), total.value()});
        insert("INSERT INTO valuation_snapshot_level (snapshot_id, part_id, location_id, item_condition, on_hand) "
                + "VALUES (?, ?, ?, ?, ?)", sums.levels, (level, pieces) -> pieces == 0
                ? null : new Object[] {id, level.part(), level.location(), level.condition(), pieces});
        return Optional.of(new Snapshot(id, monthEnd));
    }

    private <K, V> void insert(String insert, Map<K, V> entries, BiFunction<K, V, Object[]> row) {
        List<Object[]> rows = new ArrayList<>(CHUNK);
        for (Map.Entry<K, V> entry : entries.entrySet()) {
            Object[] values = row.apply(entry.getKey(), entry.getValue());
            if (values != null) {
                rows.add(values);
            }
            if (rows.size() == CHUNK) {
                sql.batch(insert, rows);
                rows.clear();
            }
        }
        sql.batch(insert, rows);
    }

    /** The ids whose rows remain after their snapshot was deleted (read from the keys' first column alone). */
    List<Long> gone() {
        List<Long> standing = sql.list("SELECT id FROM valuation_snapshot", row -> row.getLong(1));
        List<Long> ids = new ArrayList<>(sql.list("SELECT DISTINCT snapshot_id FROM valuation_snapshot_value",
                row -> row.getLong(1)));
        ids.addAll(sql.list("SELECT DISTINCT snapshot_id FROM valuation_snapshot_level", row -> row.getLong(1)));
        return ids.stream().distinct().filter(id -> !standing.contains(id)).toList();
    }

    /** Deletes up to a chunk of a deleted snapshot's rows; answers how many. */
    int remove(long id) {
        return sql.update("DELETE FROM valuation_snapshot_value WHERE snapshot_id = ? LIMIT " + CHUNK, id)
                + sql.update("DELETE FROM valuation_snapshot_level WHERE snapshot_id = ? LIMIT " + CHUNK, id);
    }

    private Optional<Snapshot> one(String query, Object... values) {
        return sql.one(query, row -> new Snapshot(row.getLong(1), Sql.instant(row, "month_end")), values);
    }
}
