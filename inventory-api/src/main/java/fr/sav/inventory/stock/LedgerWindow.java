package fr.sav.inventory.stock;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The movements that occurred after one instant and up to another (either end open), summed the way the valuation
 * counts them, the one place that says it: a movement brings its quantity and value into its destination's condition
 * and takes its quantity and value less what it added (a repair's cost) out of its source's. {@code sign} 1 adds the
 * window to an earlier base (replays it), -1 takes it out of a later one (undoes it).
 */
record LedgerWindow(@Nullable Instant after, @Nullable Instant upTo, int sign) {

    /** From an earlier base at {@code from} (null: before the ledger) or back from a later one (null: now) to {@code at}. */
    static LedgerWindow between(@Nullable Instant from, Instant at, boolean forward) {
        return forward ? new LedgerWindow(from, at, 1) : new LedgerWindow(at, from, -1);
    }

    /**
     * What the window brought into ({@code into}) or took out of (otherwise) each key, summed per key inside the
     * database's read of its index: {@code keys} are the movement's columns (or expressions, aliased or not) for that
     * side; answers {@code keys..., quantity, value}, signed.
     */
    String sums(boolean into, String... keys) {
        String sign = (this.sign > 0) == into ? "" : "-";
        StringBuilder groups = new StringBuilder("1");
        for (int key = 2; key <= keys.length; key++) {
            groups.append(", ").append(key);
        }
        return "SELECT " + String.join(", ", keys) + ", SUM(" + sign + "quantity) AS quantity, SUM(" + sign
                + (into ? "value" : "(value - COALESCE(value_added, 0))") + ") AS value FROM stock_movement WHERE "
                + where() + (into ? "to_condition" : "from_condition") + " IS NOT NULL GROUP BY " + groups;
    }

    /** The values of {@link #sums}' placeholders. */
    Object[] values() {
        List<Object> values = new ArrayList<>(2);
        if (after != null) {
            values.add(after);
        }
        if (upTo != null) {
            values.add(upTo);
        }
        return values.toArray();
    }

    private String where() {
        return (after == null ? "" : "occurred_at > ? AND ") + (upTo == null ? "" : "occurred_at <= ? AND ");
    }
}
