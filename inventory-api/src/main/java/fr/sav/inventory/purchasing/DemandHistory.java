package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.Sql;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Legacy consumption (a day, a week or a month of usage per part), kept as demand history so reorder
 * suggestions have a past before the ledger has one. Recording the same figures again changes nothing.
 */
@Singleton
class DemandHistory {

    private final Sql sql;

    DemandHistory(Sql sql) {
        this.sql = sql;
    }

    /** Records usages in the caller's transaction; with {@code apply} false only says what would happen. */
    public List<UsageOutcome> record(List<PeriodUsage> usages, boolean apply, @Nullable Long importId) {
        Map<String, Integer> known = existing(usages);
        List<UsageOutcome> outcomes = new ArrayList<>(usages.size());
        List<Object[]> writes = new ArrayList<>();
        for (PeriodUsage usage : usages) {
            Integer before = known.put(key(usage.partId(), usage.periodStart(), usage.periodKind()), usage.quantity());
            if (before != null && before == usage.quantity()) {
                outcomes.add(UsageOutcome.UNCHANGED);
                continue;
            }
            outcomes.add(before == null ? UsageOutcome.CREATED : UsageOutcome.UPDATED);
            writes.add(new Object[]{usage.partId(), usage.periodStart(), usage.periodKind(), usage.quantity(), importId});
        }
        if (apply) {
            sql.batch("INSERT INTO demand_history (part_id, period_start, period_kind, quantity, import_id) "
                    + "VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE quantity = VALUES(quantity), "
                    + "import_id = VALUES(import_id)", writes);
        }
        return outcomes;
    }

    private Map<String, Integer> existing(List<PeriodUsage> usages) {
        Map<String, Integer> known = new HashMap<>();
        if (usages.isEmpty()) {
            return known;
        }
        List<Object> ids = usages.stream().map(u -> (Object) u.partId()).distinct().toList();
        LocalDate from = usages.stream().map(PeriodUsage::periodStart).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = usages.stream().map(PeriodUsage::periodStart).max(LocalDate::compareTo).orElseThrow();
        List<Object> values = new ArrayList<>(ids);
        values.add(from);
        values.add(to);
        sql.each("SELECT part_id, period_start, period_kind, quantity FROM demand_history WHERE part_id IN "
                        + Sql.placeholders(ids.size()) + " AND period_start BETWEEN ? AND ?",
                row -> known.put(key(row.getLong(1), row.getDate(2).toLocalDate(), row.getString(3)), row.getInt(4)),
                values.toArray());
        return known;
    }

    private static String key(long partId, LocalDate start, String kind) {
        return partId + "/" + start + "/" + kind;
    }
}
