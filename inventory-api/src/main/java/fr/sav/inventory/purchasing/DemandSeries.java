package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.Sql;
import jakarta.inject.Singleton;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weekly demand per part over the last weeks, oldest first: ISSUE movements net of what came back under
 * their reference (returns of unused parts, receipts that undo an issue; not an exchange's core, which is supply
 * to repair, while the exchange's issue stays demand), plus unmet demand (refused issues, reservations and
 * exchanges with an empty pool), plus imported consumption history (a month is spread over its weeks by days, keeping its
 * total). Transfers, regrades and adjustments are not demand. The current, unfinished week is left out,
 * and so are the weeks before a part's first movement, recorded usage or unmet demand: a part that did not exist yet
 * had no demand to count. The ledger's issues and what came back are read from their weekly rollup ({@link DemandRollup}).
 */
@Singleton
class DemandSeries {

    private final Sql sql;
    private final DemandRollup rollup;

    DemandSeries(Sql sql, DemandRollup rollup) {
        this.sql = sql;
        this.rollup = rollup;
    }

    /** The Monday that starts the first week of the window ending before the current week. */
    static LocalDate windowStart(LocalDate today, int weeks) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks);
    }

    /**
     * Demand per part id, in the caller's transaction, the ledger's part as far as {@link DemandRollup} went: the caller
     * rolls up first ({@link DemandRollup#catchUp()}), outside its transaction.
     */
    Map<Long, int[]> load(LocalDate start, int weeks) {
        LocalDate end = start.plusWeeks(weeks);
        Map<Long, int[]> demand = new HashMap<>();
        rollup.each(start, end, (partId, week, quantity) -> add(demand, partId, week, quantity, weeks));
        sql.each("SELECT part_id, FLOOR(DATEDIFF(occurred_at, ?) / 7) AS week, SUM(quantity) FROM unmet_demand "
                        + "WHERE occurred_at >= ? AND occurred_at < ? GROUP BY part_id, week",
                row -> add(demand, row.getLong(1), row.getInt(2), row.getLong(3), weeks), start, start, end);
        sql.each("SELECT part_id, period_start, period_kind, quantity FROM demand_history "
                        + "WHERE period_start < ? AND period_start >= ?",
                row -> spread(demand, row.getLong(1), row.getDate(2).toLocalDate(), row.getString(3), row.getInt(4),
                        start, weeks), end, start.minusMonths(1));
        Map<Long, Integer> firstWeek = firstWeeks(start, List.of());
        Map<Long, int[]> trimmed = new HashMap<>();
        demand.forEach((partId, series) -> {
            int from = Math.max(0, Math.min(weeks, firstWeek.getOrDefault(partId, 0)));
            int[] kept = java.util.Arrays.copyOfRange(series, from, series.length);
            for (int week = 0; week < kept.length; week++) {
                kept[week] = Math.max(0, kept[week]);
            }
            trimmed.put(partId, kept);
        });
        return trimmed;
    }

    /**
     * Full weeks of each part's own history before the current week: since its first movement, recorded usage or
     * unmet demand (a week counts from its Monday; a part never seen has none).
     */
    Map<Long, Integer> ownWeeks(LocalDate today, Collection<Long> partIds) {
        if (partIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> own = new HashMap<>();
        firstWeeks(windowStart(today, 0), partIds).forEach((partId, week) -> own.put(partId, Math.max(0, -week)));
        return own;
    }

    /**
     * The week (from {@code start}, 0-based, negative before it) of each part's first sign of life; all parts when none
     * given, their first movement then read from the rollup (a ledger-wide MIN per part costs seconds at 100,000 parts).
     */
    private Map<Long, Integer> firstWeeks(LocalDate start, Collection<Long> partIds) {
        String only = partIds.isEmpty() ? "" : " WHERE part_id IN " + Sql.placeholders(partIds.size());
        List<Object> values = new ArrayList<>();
        values.add(start);
        values.addAll(partIds);
        Map<Long, Integer> firstWeek = new HashMap<>();
        if (partIds.isEmpty()) {
            rollup.firstDays((partId, day) -> firstWeek.merge(partId,
                    (int) Math.floorDiv(ChronoUnit.DAYS.between(start, day), 7), Math::min));
        }
        for (String table : partIds.isEmpty() ? List.of("demand_history", "unmet_demand")
                : List.of("stock_movement", "demand_history", "unmet_demand")) {
            String day = table.equals("demand_history") ? "period_start" : "occurred_at";
            sql.each("SELECT part_id, FLOOR(DATEDIFF(MIN(" + day + "), ?) / 7) FROM " + table + only + " GROUP BY part_id",
                    row -> firstWeek.merge(row.getLong(1), row.getInt(2), Math::min), values.toArray());
        }
        return firstWeek;
    }

    /**
     * Adds to a week's demand; sums are read in 64 bits and a week beyond what an int holds (two billion pieces,
     * only ever from a mistyped import) stays at that bound, so that one absurd part cannot stop every suggestion.
     */
    private static void add(Map<Long, int[]> demand, long partId, int week, long quantity, int weeks) {
        if (week >= 0 && week < weeks) {
            int[] series = demand.computeIfAbsent(partId, id -> new int[weeks]);
            series[week] = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, series[week] + quantity));
        }
    }

    /** A period's quantity over the weeks it covers, in proportion to its days, the remainder to the largest shares. */
    static void spread(Map<Long, int[]> demand, long partId, LocalDate periodStart, String kind, int quantity,
                       LocalDate windowStart, int weeks) {
        LocalDate periodEnd = switch (kind) {
            case "DAY" -> periodStart.plusDays(1);
            case "WEEK" -> periodStart.plusWeeks(1);
            default -> periodStart.plusMonths(1);
        };
        long days = ChronoUnit.DAYS.between(periodStart, periodEnd);
        int given = 0;
        int lastWeek = -1;
        for (LocalDate day = periodStart; day.isBefore(periodEnd); day = day.plusDays(1)) {
            int week = (int) Math.floorDiv(ChronoUnit.DAYS.between(windowStart, day), 7);
            long elapsed = ChronoUnit.DAYS.between(periodStart, day) + 1;
            int due = (int) Math.round((double) quantity * elapsed / days) - given;
            if (due > 0) {
                add(demand, partId, week, due, weeks);
                given += due;
            }
            lastWeek = week;
        }
        if (given < quantity) {
            add(demand, partId, lastWeek, quantity - given, weeks);
        }
    }
}
