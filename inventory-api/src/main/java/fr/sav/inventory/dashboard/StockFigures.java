package fr.sav.inventory.dashboard;

import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.stock.Condition;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stock value by condition and by location, and unmet demand by week, read in the caller's transaction. */
@Singleton
class StockFigures {

    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private final Sql sql;

    StockFigures(Sql sql) {
        this.sql = sql;
    }

    /**
     * Company stock valued at its part and condition's moving average (the ledger's running totals, stock_value), by
     * location and condition: the one place that says what stock is worth. Customer items never enter stock levels.
     * The levels are grouped first, read whole in their key's order (part first) so that each one's running total is
     * the next one along: left to choose, MariaDB groups them once per location instead, reading each location's
     * levels and their totals at random (7.6 s for 300,000 levels against 1.5 s so).
     */
    List<Valued> valuedStock() {
        return sql.list("SELECT STRAIGHT_JOIN l.code, l.kind, v.* FROM (SELECT s.location_id, s.item_condition, SUM(s.on_hand) AS pieces, "
                        + "COALESCE(SUM(ROUND(s.on_hand * sv.value / NULLIF(sv.quantity, 0), 2)), 0) AS value, "
                        + "SUM(CASE WHEN sv.quantity IS NULL OR sv.quantity <= 0 THEN s.on_hand ELSE 0 END) AS unvalued "
                        + "FROM stock_level s LEFT JOIN stock_value sv ON sv.part_id = s.part_id "
                        + "AND sv.item_condition = s.item_condition WHERE s.on_hand > 0 "
                        + "GROUP BY s.location_id, s.item_condition) v JOIN location l ON l.id = v.location_id",
                row -> new Valued(row.getString("code"), row.getString("kind"),
                        Condition.valueOf(row.getString("item_condition")), row.getLong("pieces"),
                        row.getBigDecimal("value").setScale(2), row.getLong("unvalued")));
    }

    /** Every condition, whatever location holds it. */
    static List<DashboardView.ConditionValue> byCondition(List<Valued> stock) {
        Map<Condition, DashboardView.ConditionValue> byCondition = new EnumMap<>(Condition.class);
        stock.forEach(v -> byCondition.merge(v.condition(), new DashboardView.ConditionValue(v.condition(), v.pieces(),
                v.value(), v.unvalued()), (a, b) -> new DashboardView.ConditionValue(a.condition(), a.pieces() + b.pieces(),
                a.value().add(b.value()), a.unvaluedPieces() + b.unvaluedPieces())));
        return Arrays.stream(Condition.values())
                .map(c -> byCondition.getOrDefault(c, new DashboardView.ConditionValue(c, 0, ZERO, 0)))
                .toList();
    }

    /** The {@code shown} locations of most value, each by condition, then all the others together (no code). */
    static List<DashboardView.LocationValue> byLocation(List<Valued> stock, int shown) {
        Map<String, DashboardView.LocationValue> byLocation = new HashMap<>();
        stock.forEach(v -> byLocation.merge(v.location(), v.asLocation(), DashboardView.LocationValue::plus));
        List<DashboardView.LocationValue> ranked = byLocation.values().stream()
                .sorted(Comparator.comparing(DashboardView.LocationValue::value).reversed()
                        .thenComparing(DashboardView.LocationValue::location))
                .toList();
        if (ranked.size() <= shown) {
            return ranked;
        }
        List<DashboardView.LocationValue> top = new ArrayList<>(ranked.subList(0, shown));
        top.add(ranked.subList(shown, ranked.size()).stream().map(DashboardView.LocationValue::asOthers)
                .reduce(DashboardView.LocationValue::plus).orElseThrow());
        return top;
    }

    /** Stock of one condition at one location, valued. */
    record Valued(String location, String kind, Condition condition, long pieces, BigDecimal value, long unvalued) {

        DashboardView.LocationValue asLocation() {
            Map<Condition, BigDecimal> byCondition = new EnumMap<>(Condition.class);
            byCondition.put(condition, value);
            return new DashboardView.LocationValue(location, kind, pieces, value, unvalued, byCondition);
        }
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
