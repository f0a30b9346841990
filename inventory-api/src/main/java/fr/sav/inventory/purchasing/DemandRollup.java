package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps {@code demand_week} up to the ledger, after the movements' own transactions: each round takes the rollup's lock
 * row, rolls up the ids below the watermark that have appeared since (their transaction committed late), then the next
 * {@value #BATCH} ids above it, and moves the watermark; ids it passed without seeing are kept as gaps. Every minute and
 * before each suggestion, so that a request rolls up only what came since (a day of movements at most).
 * See {@link RollupSlice} for what one slice adds and why the sums equal {@link DemandSeries}'s definition.
 */
@Singleton
class DemandRollup {

    static final int BATCH = 50_000;
    private static final Logger LOG = LoggerFactory.getLogger(DemandRollup.class);

    private final Sql sql;
    private final Transactions transactions;
    private final Clock clock;

    DemandRollup(Sql sql, Transactions transactions, Clock clock) {
        this.sql = sql;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${inventory.purchasing.rollup-interval:1m}",
            initialDelay = "${inventory.purchasing.rollup-initial-delay:10s}")
    void scheduled() {
        try {
            long rolled = catchUp();
            if (rolled > 0) {
                LOG.info("Demand rollup: {} movements rolled up", rolled);
            }
        } catch (RuntimeException e) {
            LOG.warn("Demand rollup did not run: {}", e.getMessage());
        }
    }

    /** Rolls up every movement committed so far, a transaction per batch; how many it rolled up. */
    long catchUp() {
        String oldestOpen = oldestOpenTransaction();
        long total = 0;
        Round round;
        do {
            round = transactions.write(() -> round(oldestOpen));
            total += round.rolled();
        } while (round.more());
        return total;
    }

    private record Round(long rolled, boolean more) {
    }

    private Round round(String oldestOpen) {
        long watermark = sql.one("SELECT last_movement_id FROM demand_rollup WHERE id = 1 FOR UPDATE",
                row -> row.getLong(1)).orElseThrow();
        long rolled = lateArrivals(watermark, oldestOpen);
        long[] next = sql.one("SELECT COUNT(*), COALESCE(MAX(id), ?) FROM (SELECT id FROM stock_movement WHERE id > ? "
                + "ORDER BY id LIMIT " + BATCH + ") s", row -> new long[]{row.getLong(1), row.getLong(2)},
                watermark, watermark).orElseThrow();
        long count = next[0];
        long upTo = next[1];
        if (count > 0) {
            if (count < upTo - watermark) {
                noteGaps(watermark, upTo);
            }
            add(RollupSlice.range(watermark, upTo));
            sql.update("UPDATE demand_rollup SET last_movement_id = ?, rolled_at = ? WHERE id = 1", upTo, clock.instant());
        }
        return new Round(rolled + count, count == BATCH);
    }

    /**
     * Rolls up the gaps that are now visible, and forgets those no open transaction can still commit: a gap noticed
     * before the oldest transaction open when this rollup began (read before this transaction's snapshot) was left by a
     * transaction that has ended, and had it committed, its movement would be visible here.
     */
    private long lateArrivals(long watermark, String oldestOpen) {
        List<Long> gaps = sql.list("SELECT movement_id FROM demand_rollup_gap ORDER BY movement_id LIMIT 10000",
                row -> row.getLong(1));
        if (gaps.isEmpty()) {
            return 0;
        }
        List<Long> found = sql.list("SELECT id FROM stock_movement WHERE id IN " + Sql.placeholders(gaps.size()),
                row -> row.getLong(1), gaps.toArray());
        if (!found.isEmpty()) {
            add(RollupSlice.late(watermark, found));
            sql.update("DELETE FROM demand_rollup_gap WHERE movement_id IN " + Sql.placeholders(found.size()),
                    found.toArray());
        }
        List<Object> looked = new ArrayList<>(gaps);
        looked.add(0, oldestOpen);
        sql.update("DELETE FROM demand_rollup_gap WHERE noticed_at < ? AND movement_id IN " + Sql.placeholders(gaps.size()),
                looked.toArray());
        return found.size();
    }

    private void noteGaps(long watermark, long upTo) {
        Set<Long> seen = new HashSet<>(sql.list("SELECT id FROM stock_movement WHERE id > ? AND id <= ?",
                row -> row.getLong(1), watermark, upTo));
        List<Object[]> gaps = new ArrayList<>();
        for (long id = watermark + 1; id <= upTo; id++) {
            if (!seen.contains(id)) {
                gaps.add(new Object[]{id});
            }
        }
        sql.batch("INSERT INTO demand_rollup_gap (movement_id, noticed_at) VALUES (?, NOW(6))", gaps);
    }

    private void add(RollupSlice slice) {
        List<Object[]> rows = new ArrayList<>();
        slice.deltas(sql).forEach((week, quantity) -> rows.add(new Object[]{week.partId(), week.number(), quantity}));
        sql.batch("INSERT INTO demand_week (part_id, week_number, quantity) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE quantity = quantity + VALUES(quantity)", rows);
        List<Object[]> starts = new ArrayList<>();
        slice.firstDays(sql).forEach((partId, day) -> starts.add(new Object[]{partId, day}));
        sql.batch("INSERT INTO demand_part_start (part_id, first_day) VALUES (?, ?) "
                + "ON DUPLICATE KEY UPDATE first_day = LEAST(first_day, VALUES(first_day))", starts);
    }

    /**
     * When the oldest transaction still open on this database began, in the database's clock (now when none is): read
     * apart, before the rollup's own snapshot. Connections of other databases on the same server are left out (the
     * service's own connections are on this one). Without the PROCESS privilege the transactions are not visible, and a gap is forgotten after
     * an hour, far longer than any movement's transaction.
     */
    private String oldestOpenTransaction() {
        try {
            return transactions.read(() -> sql.one("SELECT CAST(COALESCE(MIN(t.trx_started), NOW()) AS CHAR) "
                    + "FROM information_schema.INNODB_TRX t LEFT JOIN information_schema.PROCESSLIST p "
                    + "ON p.ID = t.trx_mysql_thread_id WHERE t.trx_mysql_thread_id <> CONNECTION_ID() "
                    + "AND (p.DB IS NULL OR p.DB = DATABASE())",
                    row -> row.getString(1)).orElseThrow());
        } catch (RuntimeException noPrivilege) {
            return transactions.read(() -> sql.one("SELECT CAST(NOW() - INTERVAL 1 HOUR AS CHAR)",
                    row -> row.getString(1)).orElseThrow());
        }
    }

    /** The rolled-up weeks of the window, read in the caller's transaction: part id → week (0-based) → net pieces. */
    void each(LocalDate start, LocalDate end, WeekConsumer consumer) {
        int first = RollupSlice.weekNumber(start);
        sql.each("SELECT part_id, week_number - ?, quantity FROM demand_week WHERE week_number >= ? AND week_number < ? "
                        + "ORDER BY part_id, week_number", row -> consumer.accept(row.getLong(1), row.getInt(2), row.getLong(3)),
                first, first, RollupSlice.weekNumber(end));
    }

    /** Each part's first movement's day as rolled up, read in the caller's transaction. */
    void firstDays(FirstDayConsumer consumer) {
        sql.each("SELECT part_id, first_day FROM demand_part_start",
                row -> consumer.accept(row.getLong(1), row.getDate(2).toLocalDate()));
    }

    /** Takes one part's first day. */
    @FunctionalInterface
    interface FirstDayConsumer {
        void accept(long partId, LocalDate day);
    }

    /** Takes one rolled-up week. */
    @FunctionalInterface
    interface WeekConsumer {
        void accept(long partId, int week, long quantity);
    }
}
