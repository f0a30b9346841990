package fr.sav.inventory.dashboard;

import fr.sav.inventory.shared.Sql;
import jakarta.inject.Singleton;

/** Whether the workshop got its parts when it asked and the customers brought their cores back in time. */
@Singleton
class ServiceLevels {

    private final Sql sql;

    ServiceLevels(Sql sql) {
        this.sql = sql;
    }

    /**
     * Needs (a part for a reference) first asked in the period, and how many stock served at the first ask: a
     * reservation is made only when stock serves it whole, a refused one leaves unmet demand under its reference.
     */
    DashboardView.FirstTimeAvailability firstTimeAvailability(Period period) {
        return sql.one("SELECT COUNT(*) AS asked, COALESCE(SUM(first_served IS NOT NULL "
                        + "AND (first_refused IS NULL OR first_served < first_refused)), 0) AS served FROM ("
                        + "SELECT MIN(CASE WHEN served THEN asked_at END) AS first_served, "
                        + "MIN(CASE WHEN NOT served THEN asked_at END) AS first_refused FROM ("
                        + "SELECT reference, part_id, created_at AS asked_at, TRUE AS served FROM reservation "
                        + "WHERE created_at >= ? AND created_at < ? "
                        + "UNION ALL SELECT TRIM(reference), part_id, occurred_at, FALSE FROM unmet_demand "
                        + "WHERE occurred_at >= ? AND occurred_at < ? AND source = 'RESERVATION') asks "
                        + "GROUP BY reference, part_id) needs",
                row -> new DashboardView.FirstTimeAvailability(row.getLong("asked"), row.getLong("served"),
                        Shares.of(row.getLong("served"), row.getLong("asked"))),
                period.start(), period.end(), period.start(), period.end()).orElseThrow();
    }

    /** Exchanges whose core was due in the period, and how many cores came back by their due date. */
    DashboardView.CoreRecovery coreRecovery(Period period) {
        return sql.one("SELECT COUNT(*) AS due, COALESCE(SUM(core_received_at IS NOT NULL "
                        + "AND DATE(core_received_at) <= core_due_date), 0) AS on_time FROM standard_exchange "
                        + "WHERE core_due_date BETWEEN ? AND ?",
                row -> new DashboardView.CoreRecovery(row.getLong("due"), row.getLong("on_time"),
                        Shares.of(row.getLong("on_time"), row.getLong("due"))),
                period.first(), period.last()).orElseThrow();
    }
}
