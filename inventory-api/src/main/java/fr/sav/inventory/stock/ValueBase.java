package fr.sav.inventory.stock;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * Where the value at an instant is summed from: nothing (before the ledger began), a month-end snapshot
 * ({@link ValuationSnapshots}), or the running totals and levels as they stand (now); the movements between it and the
 * instant are then replayed onto it or undone from it ({@link LedgerWindow}).
 */
record ValueBase(@Nullable Long snapshot, @Nullable Instant at, boolean now) {

    static final ValueBase NOTHING = new ValueBase(null, null, false);
    static final ValueBase NOW = new ValueBase(null, null, true);

    static ValueBase of(ValuationSnapshots.Snapshot snapshot) {
        return new ValueBase(snapshot.id(), snapshot.monthEnd(), false);
    }

    /** The movements between the base and the instant: replayed when the base is earlier, undone when it is later. */
    LedgerWindow window(Instant instant) {
        return LedgerWindow.between(at, instant, !now && (at == null || !at.isAfter(instant)));
    }

    /** The base's quantity and value per {@code key} (a column of the running totals) as {@code k, quantity, value}; null for nothing. */
    @Nullable
    String totals(String key) {
        if (now) {
            return "SELECT " + key + " AS k, SUM(quantity) AS quantity, SUM(value) AS value FROM stock_value GROUP BY " + key;
        }
        return snapshot == null ? null : "SELECT " + key + " AS k, SUM(quantity) AS quantity, SUM(value) AS value "
                + "FROM valuation_snapshot_value WHERE snapshot_id = ? GROUP BY " + key;
    }

    /** The values of {@link #totals}' placeholders. */
    Object[] values() {
        return snapshot == null ? new Object[0] : new Object[] {snapshot};
    }
}
