package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Sql;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rebuilds every movement's value from the ledger in the order it was recorded, by the rule that valued it
 * ({@link MovementValue}), and compares it with the value recorded, then the running totals with the table's. The
 * inputs are what the ledger keeps: a movement's unit cost, the value a reversal takes back, a repair's cost.
 * Movements recorded before the valuation began count at the value they were given.
 */
@Singleton
class ValueReplay {

    private static final String LEDGER = """
            SELECT m.id, m.part_id, p.sku, m.quantity, m.from_condition, m.to_condition, m.unit_cost, m.value,
                   m.value_added, o.value AS reversed_value, m.id <= s.last_movement_id AS opening
            FROM stock_movement m JOIN part p ON p.id = m.part_id JOIN valuation_start s
            LEFT JOIN movement_reversal r ON r.reversal_id = m.id LEFT JOIN stock_movement o ON o.id = r.movement_id
            ORDER BY m.id""";

    private final Sql sql;

    ValueReplay(Sql sql) {
        this.sql = sql;
    }

    /** Every movement whose value differs from the replay's, and every total that differs; in the caller's transaction. */
    List<ValueMismatch> run() {
        Map<Key, ValueTotal> totals = new HashMap<>();
        List<ValueMismatch> mismatches = new ArrayList<>();
        sql.each(LEDGER, row -> replay(row, totals, mismatches));
        Map<Key, ValueTotal> recorded = new HashMap<>();
        sql.each("SELECT v.part_id, v.item_condition, v.quantity, v.value, p.sku FROM stock_value v JOIN part p ON p.id = v.part_id",
                row -> {
                    Key key = new Key(row.getLong(1), Condition.valueOf(row.getString(2)), row.getString(5));
                    recorded.put(key, new ValueTotal(row.getLong(3), row.getBigDecimal(4)));
                });
        totals.forEach((key, total) -> compare(key, total, recorded.getOrDefault(key, ValueTotal.NONE), mismatches));
        recorded.forEach((key, total) -> {
            if (!totals.containsKey(key)) {
                compare(key, ValueTotal.NONE, total, mismatches);
            }
        });
        return mismatches;
    }

    private static void replay(ResultSet row, Map<Key, ValueTotal> totals, List<ValueMismatch> mismatches)
            throws SQLException {
        long partId = row.getLong("part_id");
        String sku = row.getString("sku");
        Condition from = condition(row.getString("from_condition"));
        Condition to = condition(row.getString("to_condition"));
        int quantity = row.getInt("quantity");
        BigDecimal stored = row.getBigDecimal("value");
        BigDecimal value = stored == null ? BigDecimal.ZERO : stored;
        BigDecimal added = row.getBigDecimal("value_added");
        Key source = from == null ? null : new Key(partId, from, sku);
        Key target = to == null ? null : new Key(partId, to, sku);
        MovementValue recorded = new MovementValue(BigDecimal.ZERO, value, added);
        if (!row.getBoolean("opening")) {
            BigDecimal unitCost = to == null ? null : row.getBigDecimal("unit_cost");
            BigDecimal repairCost = from != null && to != null && unitCost == null ? added : null;
            MovementValue expected = MovementValue.of(new MovementValue.Facts(quantity, from, to, unitCost,
                    row.getBigDecimal("reversed_value"), repairCost), total(totals, source), total(totals, target));
            if (stored == null || expected.value().compareTo(value) != 0 || !same(expected.added(), added)) {
                mismatches.add(new ValueMismatch(row.getLong("id"), sku, null, expected.value(), stored));
            }
        } else if (stored == null) {
            mismatches.add(new ValueMismatch(row.getLong("id"), sku, null, BigDecimal.ZERO, null));
        }
        if (source != null) {
            totals.put(source, total(totals, source).plus(-quantity, recorded.given().negate()));
        }
        if (target != null) {
            totals.put(target, total(totals, target).plus(quantity, value));
        }
    }

    private static void compare(Key key, ValueTotal replayed, ValueTotal recorded, List<ValueMismatch> mismatches) {
        if (replayed.quantity() != recorded.quantity() || replayed.value().compareTo(recorded.value()) != 0) {
            mismatches.add(new ValueMismatch(null, key.sku(), key.condition(), replayed.value(), recorded.value()));
        }
    }

    private static ValueTotal total(Map<Key, ValueTotal> totals, @Nullable Key key) {
        return key == null ? ValueTotal.NONE : totals.getOrDefault(key, ValueTotal.NONE);
    }

    private static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }

    @Nullable
    private static Condition condition(@Nullable String name) {
        return name == null ? null : Condition.valueOf(name);
    }

    private record Key(long partId, Condition condition, String sku) {
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
