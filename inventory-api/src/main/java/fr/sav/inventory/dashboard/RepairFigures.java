package fr.sav.inventory.dashboard;

import fr.sav.inventory.repair.Origin;
import fr.sav.inventory.repair.RepairViews;
import fr.sav.inventory.shared.Sql;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How long repairs take and how many succeed, read in the caller's transaction. */
@Singleton
class RepairFigures {

    /** Repairs that ended with the item repaired or reconditioned, closed within a period (bind its start and end). */
    static final String COMPLETED_IN_PERIOD = "repair_order WHERE completed_condition IS NOT NULL "
            + "AND closed_at >= ? AND closed_at < ?";
    private static final BigDecimal MINUTES_A_DAY = BigDecimal.valueOf(24 * 60);

    private final Sql sql;
    private final RepairViews repairs;

    RepairFigures(Sql sql, RepairViews repairs) {
        this.sql = sql;
        this.repairs = repairs;
    }

    /** Days from receipt to completion of the repairs completed in the period, by origin. */
    List<DashboardView.Turnaround> turnaround(Period period) {
        Map<Origin, List<Long>> minutes = new EnumMap<>(Origin.class);
        sql.each("SELECT origin, received_at, closed_at FROM " + COMPLETED_IN_PERIOD,
                row -> minutes.computeIfAbsent(Origin.valueOf(row.getString("origin")), o -> new ArrayList<>())
                        .add(Duration.between(Sql.instant(row, "received_at"), Sql.instant(row, "closed_at")).toMinutes()),
                period.start(), period.end());
        return Arrays.stream(Origin.values()).map(origin -> {
            List<Long> sorted = minutes.getOrDefault(origin, List.of()).stream().sorted().toList();
            return new DashboardView.Turnaround(origin, sorted.size(), days(sorted, 0.5), days(sorted, 0.9));
        }).toList();
    }

    /** Completed over closed company repair orders of each family, the families with the most closed orders first. */
    List<DashboardView.FamilyYield> yield(Period period) {
        return repairs.yieldsByFamily(period.start(), period.end()).stream()
                .map(y -> new DashboardView.FamilyYield(y.family(), y.closed(), y.completed(), Shares.of(y.completed(), y.closed())))
                .toList();
    }

    /** The nearest-rank percentile (the smallest value with at least that share of values at or below it), in days. */
    @Nullable
    static BigDecimal days(List<Long> sortedMinutes, double percentile) {
        if (sortedMinutes.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percentile * sortedMinutes.size());
        return BigDecimal.valueOf(sortedMinutes.get(Math.max(rank, 1) - 1)).divide(MINUTES_A_DAY, 1, RoundingMode.HALF_UP);
    }
}
