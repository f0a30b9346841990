package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Sql;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stock's value at an instant, from the ledger: the nearest month-end snapshot (or nothing before the first, or
 * today's running totals after the last) with the movements between it and the instant replayed or undone, whichever
 * reads less (each read from one index alone); at most half a month once the snapshots are built.
 */
@Singleton
class Valuations {

    /** A valuation whose nearest snapshot is older than this asks for the missing ones to be built. */
    private static final Duration MONTH = Duration.ofDays(32);

    private final Sql sql;
    private final LocationValues locations;
    private final ValuationSnapshots snapshots;
    private final MonthEnds monthEnds;

    Valuations(Sql sql, LocationValues locations, ValuationSnapshots snapshots, MonthEnds monthEnds) {
        this.sql = sql;
        this.locations = locations;
        this.snapshots = snapshots;
        this.monthEnds = monthEnds;
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
     * The rows that hold pieces or value, in no particular order, summed from the nearest base ({@link #base}) with
     * the movements between it and the instant replayed or undone. A snapshot deleted meanwhile (a movement backdated
     * before it, committed while these sums were read) is found gone afterwards, and the sums are read again.
     */
    List<ValuationView.Row> at(Instant at, ValuationBy by) {
        while (true) {
            ValueBase base = base(at);
            LedgerWindow window = base.window(at);
            List<ValuationView.Row> rows = switch (by) {
                case CONDITION -> rows("SELECT x.k, SUM(x.quantity), SUM(x.value) FROM ("
                        + totals(base, "item_condition", window, "to_condition", "from_condition") + ") x GROUP BY x.k",
                        base, window);
                case FAMILY -> rows("SELECT COALESCE(p.family, ''), SUM(x.quantity), SUM(x.value) FROM ("
                        + totals(base, "part_id", window, "part_id", "part_id") + ") x JOIN part p ON p.id = x.k "
                        + "GROUP BY COALESCE(p.family, '')", base, window);
                case LOCATION -> locations.at(at, base);
            };
            if (base.snapshot() == null || snapshots.stands(base.snapshot())) {
                return rows.stream().filter(row -> row.quantity() != 0 || row.value().signum() != 0).toList();
            }
        }
    }

    private List<ValuationView.Row> rows(String query, ValueBase base, LedgerWindow window) {
        List<Object> values = new ArrayList<>(List.of(base.values()));
        values.addAll(List.of(window.values()));
        values.addAll(List.of(window.values()));
        return sql.list(query, row -> new ValuationView.Row(row.getString(1), row.getLong(2),
                row.getBigDecimal(3).setScale(2, RoundingMode.HALF_UP)), values.toArray());
    }

    /**
     * Quantity and value per key: the base's, with what the window's movements brought in and took out. Each branch
     * is summed by its key (a few rows per key) before they are added up: a database would otherwise copy a year of
     * movements into a temporary table.
     */
    private static String totals(ValueBase base, String key, LedgerWindow window, String inKey, String outKey) {
        String moves = window.sums(true, inKey + " AS k") + " UNION ALL " + window.sums(false, outKey);
        String from = base.totals(key);
        return from == null ? moves : from + " UNION ALL " + moves;
    }

    /**
     * The base that reads the fewest movements, as far as time tells: the latest snapshot at or before the instant
     * (nothing, before the first) replayed forward, or the earliest after it (the running totals, after the last)
     * undone backward, whichever is nearer; an end without a snapshot counts from the ledger's first or last movement.
     * When the month end before the instant's month has no snapshot yet, the snapshots are built in the background.
     */
    private ValueBase base(Instant at) {
        Optional<ValuationSnapshots.Snapshot> before = snapshots.atOrBefore(at);
        Optional<ValuationSnapshots.Snapshot> after = snapshots.after(at);
        if (before.map(snapshot -> snapshot.monthEnd().isBefore(at.minus(MONTH))).orElse(true)) {
            monthEnds.soon();
        }
        Instant[] ledger = before.isPresent() && after.isPresent() ? new Instant[2] : span();
        Instant from = before.map(ValuationSnapshots.Snapshot::monthEnd).orElse(ledger[0]);
        Instant to = after.map(ValuationSnapshots.Snapshot::monthEnd).orElse(ledger[1]);
        boolean forward = from != null && Duration.between(from, at).compareTo(Duration.between(at, to)) < 0;
        return forward ? before.map(ValueBase::of).orElse(ValueBase.NOTHING) : after.map(ValueBase::of).orElse(ValueBase.NOW);
    }

    /** When the ledger's first and last movements occurred (nulls when it is empty). */
    private Instant[] span() {
        return sql.one("SELECT MIN(occurred_at) AS first_at, MAX(occurred_at) AS last_at FROM stock_movement",
                row -> new Instant[] {Sql.instant(row, "first_at"), Sql.instant(row, "last_at")}).orElse(new Instant[2]);
    }
}
