package fr.sav.inventory.dashboard;

import fr.sav.inventory.exchange.ExchangeStatus;
import fr.sav.inventory.repair.Origin;
import fr.sav.inventory.repair.RepairStatus;
import fr.sav.inventory.shared.Sql;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The repair pipeline by age, cores owed and the cost of completed repairs, read in the caller's transaction. */
@Singleton
class WorkshopFigures {

    static final Bands PIPELINE_AGE = new Bands(0, 7, 14, 30, 60);
    static final Bands DAYS_LATE = new Bands(1, 7, 30);
    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private final Sql sql;

    WorkshopFigures(Sql sql) {
        this.sql = sql;
    }

    List<DashboardView.PipelineBand> pipeline(LocalDate today) {
        List<String> open = Arrays.stream(RepairStatus.values()).filter(RepairStatus::open).map(Enum::name).toList();
        long[][] counts = new long[PIPELINE_AGE.count()][2];
        sql.list("SELECT owner, received_at FROM repair_order WHERE status IN (" + marks(open.size()) + ")",
                row -> {
                    LocalDate received = Sql.instant(row, "received_at").atZone(ZoneOffset.UTC).toLocalDate();
                    counts[PIPELINE_AGE.of(ChronoUnit.DAYS.between(received, today))]
                            ["CUSTOMER".equals(row.getString("owner")) ? 1 : 0]++;
                    return null;
                }, open.toArray());
        return IntStream.range(0, PIPELINE_AGE.count()).mapToObj(band -> new DashboardView.PipelineBand(
                PIPELINE_AGE.label(band), PIPELINE_AGE.from(band), PIPELINE_AGE.to(band), counts[band][0], counts[band][1]))
                .toList();
    }

    DashboardView.Cores cores(LocalDate today) {
        long[] late = new long[DAYS_LATE.count()];
        long[] owed = {0};
        BigDecimal[] charge = {ZERO};
        sql.list("SELECT core_due_date, core_charge FROM standard_exchange WHERE status = ?", row -> {
            owed[0]++;
            long daysLate = ChronoUnit.DAYS.between(row.getDate("core_due_date").toLocalDate(), today);
            if (daysLate > 0) {
                late[DAYS_LATE.of(daysLate)]++;
                BigDecimal amount = row.getBigDecimal("core_charge");
                charge[0] = amount == null ? charge[0] : charge[0].add(amount);
            }
            return null;
        }, ExchangeStatus.CORE_OWED);
        List<DashboardView.LateBand> bands = new ArrayList<>();
        for (int band = 0; band < DAYS_LATE.count(); band++) {
            bands.add(new DashboardView.LateBand(DAYS_LATE.label(band), DAYS_LATE.from(band), DAYS_LATE.to(band),
                    late[band]));
        }
        return new DashboardView.Cores(owed[0], Arrays.stream(late).sum(), charge[0], bands);
    }

    /** Repairs that ended with the item repaired or reconditioned, by the week they closed. */
    List<DashboardView.WeekCost> reconditioning(Weeks weeks) {
        Map<LocalDate, Map<String, BigDecimal>> costs = new LinkedHashMap<>();
        Map<LocalDate, Long> orders = new LinkedHashMap<>();
        sql.list("SELECT DATE_SUB(DATE(closed_at), INTERVAL WEEKDAY(closed_at) DAY) AS week, origin, COUNT(*) AS orders, "
                        + "COALESCE(SUM(total_cost), 0) AS cost FROM repair_order WHERE completed_condition IS NOT NULL "
                        + "AND closed_at >= ? GROUP BY week, origin",
                row -> {
                    LocalDate week = row.getDate("week").toLocalDate();
                    costs.computeIfAbsent(week, w -> new LinkedHashMap<>()).put(row.getString("origin"), row.getBigDecimal("cost"));
                    orders.merge(week, row.getLong("orders"), Long::sum);
                    return null;
                }, weeks.start());
        return weeks.starts().stream().map(week -> {
            Map<String, BigDecimal> byOrigin = Arrays.stream(Origin.values()).collect(Collectors.toMap(Enum::name,
                    o -> costs.getOrDefault(week, Map.of()).getOrDefault(o.name(), ZERO).setScale(2), (a, b) -> a,
                    LinkedHashMap::new));
            BigDecimal total = byOrigin.values().stream().reduce(ZERO, BigDecimal::add);
            return new DashboardView.WeekCost(week, orders.getOrDefault(week, 0L), total, byOrigin);
        }).toList();
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
