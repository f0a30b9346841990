package fr.sav.inventory.dashboard;

import fr.sav.inventory.shared.Sql;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What completed repairs cost, by the month they closed: parts, labour, subcontracting and other costs recorded at
 * completion, in total and per repair.
 */
@Singleton
class RepairCosts {

    private static final String MONTH = "DATE_FORMAT(closed_at, '%Y-%m-01')";
    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private final Sql sql;

    RepairCosts(Sql sql) {
        this.sql = sql;
    }

    List<DashboardView.MonthCost> byMonth(Months months) {
        Map<LocalDate, BigDecimal> parts = partsByMonth(months.period());
        Map<LocalDate, DashboardView.MonthCost> byMonth = new HashMap<>();
        sql.list("SELECT " + MONTH + " AS month, COUNT(*) AS repairs, COALESCE(SUM(labor_cost), 0) AS labour, "
                        + "COALESCE(SUM(subcontract_cost), 0) AS subcontracting, COALESCE(SUM(total_cost - COALESCE(parts_cost, 0) "
                        + "- COALESCE(labor_cost, 0) - COALESCE(subcontract_cost, 0)), 0) AS other FROM "
                        + RepairFigures.COMPLETED_IN_PERIOD + " GROUP BY month",
                row -> {
                    LocalDate month = LocalDate.parse(row.getString("month"));
                    return cost(month, row.getLong("repairs"), new DashboardView.CostSplit(
                            parts.getOrDefault(month, ZERO), row.getBigDecimal("labour"), row.getBigDecimal("subcontracting"),
                            row.getBigDecimal("other")));
                }, months.period().start(), months.period().end())
                .forEach(cost -> byMonth.put(cost.month(), cost));
        return months.starts().stream()
                .map(month -> byMonth.getOrDefault(month, cost(month, 0, new DashboardView.CostSplit(ZERO, ZERO, ZERO, ZERO))))
                .toList();
    }

    /**
     * The parts the repairs completed in the period consumed, by month: the cost each order recorded when it completed
     * (what was issued to it net of what came back). The one place that says what parts cost.
     */
    Map<LocalDate, BigDecimal> partsByMonth(Period period) {
        Map<LocalDate, BigDecimal> parts = new HashMap<>();
        sql.each("SELECT " + MONTH + " AS month, COALESCE(SUM(parts_cost), 0) AS parts FROM "
                        + RepairFigures.COMPLETED_IN_PERIOD + " GROUP BY month",
                row -> parts.put(LocalDate.parse(row.getString("month")), row.getBigDecimal("parts")),
                period.start(), period.end());
        return parts;
    }

    private static DashboardView.MonthCost cost(LocalDate month, long repairs, DashboardView.CostSplit total) {
        return new DashboardView.MonthCost(month, repairs, total.inCents(), repairs == 0 ? null : total.dividedBy(repairs));
    }
}
