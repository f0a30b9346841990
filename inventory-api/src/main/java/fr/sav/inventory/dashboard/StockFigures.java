package fr.sav.inventory.dashboard;

import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.stock.Condition;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stock value by condition and unmet demand by week, read in the caller's transaction. */
@Singleton
class StockFigures {

    private final Sql sql;

    StockFigures(Sql sql) {
        this.sql = sql;
    }

    /** Every condition, valued at the part's standard cost. Customer items never enter stock levels. */
    List<DashboardView.ConditionValue> stockValue() {
        Map<String, DashboardView.ConditionValue> byCondition = new HashMap<>();
        sql.list("SELECT s.item_condition, SUM(s.on_hand) AS pieces, "
                        + "COALESCE(SUM(s.on_hand * p.standard_cost), 0) AS value, "
                        + "SUM(CASE WHEN p.standard_cost IS NULL THEN s.on_hand ELSE 0 END) AS unvalued "
                        + "FROM stock_level s JOIN part p ON p.id = s.part_id WHERE s.on_hand > 0 GROUP BY s.item_condition",
                row -> new DashboardView.ConditionValue(Condition.valueOf(row.getString("item_condition")),
                        row.getLong("pieces"), row.getBigDecimal("value").setScale(2), row.getLong("unvalued")))
                .forEach(value -> byCondition.put(value.condition().name(), value));
        return Arrays.stream(Condition.values())
                .map(c -> byCondition.getOrDefault(c.name(), new DashboardView.ConditionValue(c, 0, new BigDecimal("0.00"), 0)))
                .toList();
    }

    List<DashboardView.WeekDemand> unmetDemand(Weeks weeks) {
        Map<LocalDate, DashboardView.WeekDemand> byWeek = new HashMap<>();
        sql.list("SELECT DATE_SUB(DATE(occurred_at), INTERVAL WEEKDAY(occurred_at) DAY) AS week, SUM(quantity) AS quantity, "
                        + "COUNT(DISTINCT part_id) AS parts FROM unmet_demand WHERE occurred_at >= ? GROUP BY week",
                row -> new DashboardView.WeekDemand(row.getDate("week").toLocalDate(), row.getLong("quantity"),
                        row.getLong("parts")), weeks.start())
                .forEach(week -> byWeek.put(week.weekStart(), week));
        return weeks.starts().stream()
                .map(start -> byWeek.getOrDefault(start, new DashboardView.WeekDemand(start, 0, 0)))
                .toList();
    }
}
