package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Sql;
import io.micronaut.core.annotation.Nullable;
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
 * Replays the ledger in the order it was recorded, from its first movement or from a checkpoint's sums: the pieces each
 * movement moves (per part, location and condition), and its value rebuilt by the rule that valued it
 * ({@link MovementValue}) and compared with the value recorded. The inputs are what the ledger keeps: a movement's
 * unit cost, the value a reversal takes back, a repair's cost. Movements recorded before the valuation began count at
 * the value they were given. One pass over the ledger, read in id order.
 */
@Singleton
class LedgerReplay {

    private static final String LEDGER = """
            SELECT m.id, m.part_id, m.quantity, m.from_location_id, m.from_condition, m.to_location_id, m.to_condition,
                   m.unit_cost, m.value, m.value_added, o.value AS reversed_value, m.id <= s.last_movement_id AS opening
            FROM stock_movement m JOIN valuation_start s
            LEFT JOIN movement_reversal r ON r.reversal_id = m.id LEFT JOIN stock_movement o ON o.id = r.movement_id
            WHERE m.id > ? ORDER BY m.id""";

    private final Sql sql;

    LedgerReplay(Sql sql) {
        this.sql = sql;
    }

    /**
     * Replays the movements after the state's last one into it (the state changes), in the caller's transaction;
     * answers how many were replayed and every movement whose recorded value differs from the replay's.
     */
    Replayed replay(State state) {
        List<Misvalued> mismatches = new ArrayList<>();
        long[] count = new long[1];
        sql.each(LEDGER, row -> {
            replay(row, state, mismatches);
            count[0]++;
        }, state.lastMovement);
        return new Replayed(count[0], mismatches);
    }

    private static void replay(ResultSet row, State state, List<Misvalued> mismatches) throws SQLException {
        long id = row.getLong("id");
        long partId = row.getLong("part_id");
        Condition from = condition(row.getString("from_condition"));
        Condition to = condition(row.getString("to_condition"));
        int quantity = row.getInt("quantity");
        BigDecimal stored = row.getBigDecimal("value");
        BigDecimal value = stored == null ? BigDecimal.ZERO : stored;
        BigDecimal added = row.getBigDecimal("value_added");
        Key source = from == null ? null : new Key(partId, from);
        Key target = to == null ? null : new Key(partId, to);
        MovementValue recorded = new MovementValue(BigDecimal.ZERO, value, added);
        if (!row.getBoolean("opening")) {
            BigDecimal unitCost = to == null ? null : row.getBigDecimal("unit_cost");
            BigDecimal repairCost = from != null && to != null && unitCost == null ? added : null;
            MovementValue expected = MovementValue.of(new MovementValue.Facts(quantity, from, to, unitCost,
                    row.getBigDecimal("reversed_value"), repairCost), state.total(source), state.total(target));
            if (stored == null || expected.value().compareTo(value) != 0 || !same(expected.added(), added)) {
                mismatches.add(new Misvalued(id, partId, expected.value(), stored));
            }
        } else if (stored == null) {
            mismatches.add(new Misvalued(id, partId, BigDecimal.ZERO, null));
        }
        if (source != null) {
            state.totals.put(source, state.total(source).plus(-quantity, recorded.given().negate()));
            state.levels.merge(new Place(partId, row.getLong("from_location_id"), from), (long) -quantity, Long::sum);
        }
        if (target != null) {
            state.totals.put(target, state.total(target).plus(quantity, value));
            state.levels.merge(new Place(partId, row.getLong("to_location_id"), to), (long) quantity, Long::sum);
        }
        state.lastMovement = id;
    }

    private static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }

    @Nullable
    private static Condition condition(@Nullable String name) {
        return name == null ? null : Condition.valueOf(name);
    }

    /** What the ledger sums to up to its movement {@code lastMovement}: pieces per place, running totals per part and condition. */
    static final class State {

        private long lastMovement;
        private final Map<Place, Long> levels;
        private final Map<Key, ValueTotal> totals;

        State(long lastMovement, Map<Place, Long> levels, Map<Key, ValueTotal> totals) {
            this.lastMovement = lastMovement;
            this.levels = levels;
            this.totals = totals;
        }

        /** Before the first movement. */
        static State empty() {
            return new State(0, new HashMap<>(), new HashMap<>());
        }

        long lastMovement() {
            return lastMovement;
        }

        Map<Place, Long> levels() {
            return levels;
        }

        Map<Key, ValueTotal> totals() {
            return totals;
        }

        ValueTotal total(@Nullable Key key) {
            return key == null ? ValueTotal.NONE : totals.getOrDefault(key, ValueTotal.NONE);
        }
    }

    /** One part in one condition at one location. */
    record Place(long partId, long locationId, Condition condition) {
    }

    /** One part in one condition: what a running total is kept for. */
    record Key(long partId, Condition condition) {
    }

    /** How many movements a replay read, and those whose value differs from the replay's. */
    record Replayed(long movements, List<Misvalued> mismatches) {
    }

    /** A movement whose recorded value differs from the replay's, or that has none (written around the service). */
    record Misvalued(long movement, long partId, BigDecimal expected, @Nullable BigDecimal recorded) {
    }
}
