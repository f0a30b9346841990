package fr.sav.inventory.stock;

import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Replays the ledger and compares it with the stock levels (and serialized units with their levels), and every
 * movement's value with the value the moving average gives it ({@link LedgerReplay}), then the running totals.
 * The ledger is the truth: any difference is a defect, reported with the figures on both sides.
 * A full replay that finds none stores its sums as the checkpoint ({@link AuditCheckpoint}); an audit
 * {@code since=checkpoint} starts from those sums and replays only the movements recorded after it.
 * A movement whose transaction was still open when a full replay read the ledger, and that got a lower id than the
 * last one it read, is missing from the checkpoint: the audit since then reports its level as a difference (it never
 * hides one), and a full replay tells which it is.
 */
@Singleton
class LedgerAudit {

    /** The query value that starts the audit from the stored checkpoint. */
    public static final String CHECKPOINT = "checkpoint";

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
    private final LedgerReplay replay;
    private final AuditCheckpoint checkpoint;
    private final Clock clock;

    LedgerAudit(Sql sql, Transactions transactions, LedgerReplay replay, AuditCheckpoint checkpoint, Clock clock) {
        this.sql = sql;
        this.transactions = transactions;
        this.replay = replay;
        this.checkpoint = checkpoint;
        this.clock = clock;
    }

    /** The whole ledger replayed; when it agrees with the levels and totals, its sums become the checkpoint. */
    public Report run() {
        Audited audited = transactions.read(() -> audit(LedgerReplay.State.empty(), null));
        if (audited.report().consistent()) {
            transactions.run(() -> checkpoint.store(audited.state(), audited.report().movements(), clock.instant()));
        }
        return audited.report();
    }

    /**
     * {@code since}: absent for the full replay, {@code checkpoint} to replay only the movements after the stored
     * checkpoint (the full replay when there is none yet); anything else is a 400.
     */
    public Report run(@Nullable String since) {
        if (since == null || since.isBlank()) {
            return run();
        }
        if (!CHECKPOINT.equalsIgnoreCase(since.trim())) {
            throw new InvalidRequest("since", FieldRule.ONE_OF, "must be " + CHECKPOINT + ", not " + since,
                    "allowed", List.of(CHECKPOINT), "value", since);
        }
        Audited audited = transactions.read(() -> checkpoint.latest()
                .map(start -> audit(start, start.lastMovement())).orElse(null));
        return audited == null ? run() : audited.report();
    }

    private Audited audit(LedgerReplay.State state, @Nullable Long since) {
        LedgerReplay.Replayed replayed = replay.replay(state);
        List<Difference> levels = new ArrayList<>();
        Map<LedgerReplay.Place, Long> expected = new HashMap<>(state.levels());
        sql.each("SELECT part_id, location_id, item_condition, on_hand FROM stock_level", row -> {
            LedgerReplay.Place place = new LedgerReplay.Place(row.getLong(1), row.getLong(2),
                    Condition.valueOf(row.getString(3)));
            long replayedLevel = expected.getOrDefault(place, 0L);
            expected.remove(place);
            if (replayedLevel != row.getLong(4)) {
                levels.add(new Difference(place, replayedLevel, row.getLong(4)));
            }
        });
        expected.forEach((place, pieces) -> {
            if (pieces != 0) {
                levels.add(new Difference(place, pieces, 0));
            }
        });
        Map<LedgerReplay.Key, ValueTotal> totals = new HashMap<>(state.totals());
        List<TotalDifference> values = new ArrayList<>();
        sql.each("SELECT part_id, item_condition, quantity, value FROM stock_value", row -> {
            LedgerReplay.Key key = new LedgerReplay.Key(row.getLong(1), Condition.valueOf(row.getString(2)));
            ValueTotal recorded = new ValueTotal(row.getLong(3), row.getBigDecimal(4));
            ValueTotal replayedTotal = totals.getOrDefault(key, ValueTotal.NONE);
            totals.remove(key);
            if (differ(replayedTotal, recorded)) {
                values.add(new TotalDifference(key, replayedTotal.value(), recorded.value()));
            }
        });
        totals.forEach((key, total) -> {
            if (differ(total, ValueTotal.NONE)) {
                values.add(new TotalDifference(key, total.value(), ValueTotal.NONE.value()));
            }
        });
        List<Mismatch> mismatches = new ArrayList<>(named(levels));
        mismatches.addAll(sql.list(COMPARE_UNITS, row -> new Mismatch("units", row.getString(1), row.getString(2),
                row.getString(3), row.getLong(4), row.getLong(5))));
        List<ValueMismatch> valueMismatches = named(replayed.mismatches(), values);
        return new Audited(new Report(mismatches.isEmpty() && valueMismatches.isEmpty(), replayed.movements(), since,
                mismatches, valueMismatches), state);
    }

    private static boolean differ(ValueTotal a, ValueTotal b) {
        return a.quantity() != b.quantity() || a.value().compareTo(b.value()) != 0;
    }

    /** The level differences with their part's sku and their location's code. */
    private List<Mismatch> named(List<Difference> levels) {
        Map<Long, String> skus = skus(levels.stream().map(d -> d.place().partId()).collect(Collectors.toSet()));
        Map<Long, String> codes = names("SELECT id, code FROM location WHERE id IN %s",
                levels.stream().map(d -> d.place().locationId()).collect(Collectors.toSet()));
        return levels.stream().map(d -> new Mismatch("ledger", skus.get(d.place().partId()), codes.get(d.place().locationId()),
                d.place().condition().name(), d.expected(), d.actual())).toList();
    }

    private List<ValueMismatch> named(List<LedgerReplay.Misvalued> movements, List<TotalDifference> totals) {
        Set<Long> parts = new TreeSet<>();
        movements.forEach(m -> parts.add(m.partId()));
        totals.forEach(t -> parts.add(t.key().partId()));
        Map<Long, String> skus = skus(parts);
        List<ValueMismatch> all = new ArrayList<>();
        movements.forEach(m -> all.add(new ValueMismatch(m.movement(), skus.get(m.partId()), null, m.expected(), m.recorded())));
        totals.forEach(t -> all.add(new ValueMismatch(null, skus.get(t.key().partId()), t.key().condition(), t.expected(),
                t.recorded())));
        return all;
    }

    private Map<Long, String> skus(Set<Long> parts) {
        return names("SELECT id, sku FROM part WHERE id IN %s", parts);
    }

    private Map<Long, String> names(String query, Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            sql.each(query.formatted(Sql.placeholders(ids.size())), row -> names.put(row.getLong(1), row.getString(2)),
                    ids.toArray());
        }
        return names;
    }

    private record Audited(Report report, LedgerReplay.State state) {
    }

    private record Difference(LedgerReplay.Place place, long expected, long actual) {
    }

    private record TotalDifference(LedgerReplay.Key key, BigDecimal expected, BigDecimal recorded) {
    }

    /**
     * The audit's answer: whether levels and values equal the ledger replay, how many movements it replayed (after
     * the checkpoint's movement {@code since}, or all of them when {@code since} is null), and every difference found.
     */
    @Serdeable
    public record Report(boolean consistent, long movements, @Nullable Long since, List<Mismatch> mismatches,
                         List<ValueMismatch> valueMismatches) {
    }

    /** One level that differs from what the ledger (or the units) say it should be. */
    @Serdeable
    public record Mismatch(String source, String sku, String location, String condition, long expected, long onHand) {
    }

    /**
     * A movement ({@code movement}) or a running total ({@code condition}) whose recorded value differs from the
     * ledger's replay, or a movement with no value recorded at all (written around the service).
     */
    @Serdeable
    public record ValueMismatch(@Nullable Long movement, String sku, @Nullable Condition condition, BigDecimal expected,
                                @Nullable BigDecimal recorded) {
    }
}
