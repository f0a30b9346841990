package fr.sav.inventory.field;

import fr.sav.inventory.shared.Sql;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Locations' min and max per part in the database. */
@Singleton
class StockRuleStore {

    /** One stored rule. */
    record Rule(long partId, String sku, String name, int min, int max) {
    }

    private final Sql sql;

    StockRuleStore(Sql sql) {
        this.sql = sql;
    }

    List<Rule> of(long locationId) {
        return sql.list("SELECT r.part_id, p.sku, p.name, r.min_qty, r.max_qty FROM location_stock_rule r "
                        + "JOIN part p ON p.id = r.part_id WHERE r.location_id = ? ORDER BY p.sku",
                row -> new Rule(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4), row.getInt(5)),
                locationId);
    }

    /** Replaces the location's rules by these, in the caller's transaction. */
    void replace(long locationId, List<Rule> rules, String actor, Instant now) {
        sql.update("DELETE FROM location_stock_rule WHERE location_id = ?", locationId);
        List<Object[]> rows = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            rows.add(new Object[]{locationId, rule.partId(), rule.min(), rule.max(), now, actor});
        }
        sql.batch("INSERT INTO location_stock_rule (location_id, part_id, min_qty, max_qty, updated_at, updated_by) "
                + "VALUES (?, ?, ?, ?, ?, ?)", rows);
    }
}
