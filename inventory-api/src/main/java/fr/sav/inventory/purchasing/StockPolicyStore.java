package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.Sql;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Hand-set stock policies, one per part, in the caller's transaction. */
@Singleton
class StockPolicyStore {

    private static final String COLUMNS = "part_id, min_quantity, max_quantity, initial_quantity, until, note, set_by, set_at";

    private final Sql sql;

    StockPolicyStore(Sql sql) {
        this.sql = sql;
    }

    void save(StockPolicy policy) {
        sql.update("INSERT INTO stock_policy (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
                        + "min_quantity = VALUES(min_quantity), max_quantity = VALUES(max_quantity), "
                        + "initial_quantity = VALUES(initial_quantity), until = VALUES(until), note = VALUES(note), "
                        + "set_by = VALUES(set_by), set_at = VALUES(set_at)",
                policy.partId(), policy.min(), policy.max(), policy.initialQuantity(), policy.until(), policy.note(),
                policy.setBy(), policy.setAt());
    }

    Optional<StockPolicy> find(long partId) {
        return sql.one("SELECT " + COLUMNS + " FROM stock_policy WHERE part_id = ?", StockPolicyStore::policy, partId);
    }

    boolean delete(long partId) {
        return sql.update("DELETE FROM stock_policy WHERE part_id = ?", partId) == 1;
    }

    Map<Long, StockPolicy> all() {
        Map<Long, StockPolicy> policies = new HashMap<>();
        sql.each("SELECT " + COLUMNS + " FROM stock_policy", row -> {
            StockPolicy policy = policy(row);
            policies.put(policy.partId(), policy);
        });
        return policies;
    }

    /** The parts among these that ever had a stock movement. */
    Set<Long> everStocked(Collection<Long> partIds) {
        Set<Long> stocked = new HashSet<>();
        if (!partIds.isEmpty()) {
            sql.each("SELECT DISTINCT part_id FROM stock_movement WHERE part_id IN " + Sql.placeholders(partIds.size()),
                    row -> stocked.add(row.getLong(1)), partIds.toArray());
        }
        return stocked;
    }

    private static StockPolicy policy(ResultSet row) throws SQLException {
        Date until = row.getDate("until");
        return new StockPolicy(row.getLong("part_id"), Sql.integer(row, "min_quantity"), Sql.integer(row, "max_quantity"),
                Sql.integer(row, "initial_quantity"), until == null ? null : until.toLocalDate(), row.getString("note"),
                row.getString("set_by"), Sql.instant(row, "set_at"));
    }
}
