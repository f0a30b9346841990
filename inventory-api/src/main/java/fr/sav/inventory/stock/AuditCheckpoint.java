package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Sql;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger audit's checkpoint: what the ledger summed to up to one movement, as a full replay found it equal to the
 * levels and running totals. A later audit starts from it and replays only the movements after it.
 */
@Singleton
class AuditCheckpoint {

    private static final int CHUNK = 5_000;

    private final Sql sql;

    AuditCheckpoint(Sql sql) {
        this.sql = sql;
    }

    /** The stored checkpoint's sums, ready to replay the movements after it; in the caller's transaction. */
    Optional<LedgerReplay.State> latest() {
        Optional<Long> movement = sql.one("SELECT movement_id FROM stock_audit_checkpoint ORDER BY movement_id DESC LIMIT 1",
                row -> row.getLong(1));
        if (movement.isEmpty()) {
            return Optional.empty();
        }
        Map<LedgerReplay.Place, Long> levels = new HashMap<>();
        sql.each("SELECT part_id, location_id, item_condition, on_hand FROM stock_audit_checkpoint_level",
                row -> levels.put(new LedgerReplay.Place(row.getLong(1), row.getLong(2),
                        Condition.valueOf(row.getString(3))), row.getLong(4)));
        Map<LedgerReplay.Key, ValueTotal> totals = new HashMap<>();
        sql.each("SELECT part_id, item_condition, quantity, value FROM stock_audit_checkpoint_value",
                row -> totals.put(new LedgerReplay.Key(row.getLong(1), Condition.valueOf(row.getString(2))),
                        new ValueTotal(row.getLong(3), row.getBigDecimal(4))));
        return Optional.of(new LedgerReplay.State(movement.get(), levels, totals));
    }

    /** Replaces the checkpoint with these sums (pieces left at zero are not kept); in the caller's transaction. */
    void store(LedgerReplay.State state, long movements, Instant at) {
        sql.update("DELETE FROM stock_audit_checkpoint");
        sql.update("DELETE FROM stock_audit_checkpoint_level");
        sql.update("DELETE FROM stock_audit_checkpoint_value");
        sql.update("INSERT INTO stock_audit_checkpoint (movement_id, movements, taken_at) VALUES (?, ?, ?)",
                state.lastMovement(), movements, at);
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<LedgerReplay.Place, Long> level : state.levels().entrySet()) {
            if (level.getValue() != 0) {
                LedgerReplay.Place place = level.getKey();
                rows.add(new Object[] {place.partId(), place.locationId(), place.condition(), level.getValue()});
            }
            rows = flush(rows, "INSERT INTO stock_audit_checkpoint_level (part_id, location_id, item_condition, on_hand) "
                    + "VALUES (?, ?, ?, ?)", false);
        }
        flush(rows, "INSERT INTO stock_audit_checkpoint_level (part_id, location_id, item_condition, on_hand) "
                + "VALUES (?, ?, ?, ?)", true);
        rows = new ArrayList<>();
        for (Map.Entry<LedgerReplay.Key, ValueTotal> total : state.totals().entrySet()) {
            ValueTotal value = total.getValue();
            if (value.quantity() != 0 || value.value().signum() != 0) {
                rows.add(new Object[] {total.getKey().partId(), total.getKey().condition(), value.quantity(), value.value()});
            }
            rows = flush(rows, "INSERT INTO stock_audit_checkpoint_value (part_id, item_condition, quantity, value) "
                    + "VALUES (?, ?, ?, ?)", false);
        }
        flush(rows, "INSERT INTO stock_audit_checkpoint_value (part_id, item_condition, quantity, value) "
                + "VALUES (?, ?, ?, ?)", true);
    }

    private List<Object[]> flush(List<Object[]> rows, String insert, boolean last) {
        if (rows.size() < CHUNK && !last) {
            return rows;
        }
        sql.batch(insert, rows);
        return new ArrayList<>();
    }
}
