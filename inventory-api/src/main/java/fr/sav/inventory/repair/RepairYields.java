package fr.sav.inventory.repair;

import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.stock.Owner;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The observed repair yield: completed over closed company repair orders of each part family, closed within a
 * window. Below {@value #OBSERVED_FROM} closed orders a family plans with {@code inventory.repair.yield} (0.8).
 * Read in the caller's transaction.
 */
@Singleton
class RepairYields {

    /** Closed orders a family needs before its own yield is believed. */
    public static final int OBSERVED_FROM = 10;

    private final Sql sql;
    private final double defaultYield;

    RepairYields(Sql sql, @Value("${inventory.repair.yield:0.8}") double defaultYield) {
        if (!(defaultYield >= 0 && defaultYield <= 1)) {
            throw new IllegalArgumentException("inventory.repair.yield must lie in [0, 1], not " + defaultYield);
        }
        this.sql = sql;
        this.defaultYield = defaultYield;
    }

    /** Every family's orders closed in [start, end), the families with the most closed orders first. */
    public List<FamilyYield> byFamily(Instant start, Instant end) {
        return sql.list("SELECT p.family, COUNT(*) AS closed, SUM(r.completed_condition IS NOT NULL) AS completed "
                        + "FROM repair_order r STRAIGHT_JOIN part p ON p.id = r.part_id WHERE r.owner = ? "
                        + "AND r.closed_at >= ? AND r.closed_at < ? GROUP BY p.family ORDER BY closed DESC, p.family",
                row -> new FamilyYield(row.getString("family"), row.getLong("closed"), row.getLong("completed")),
                Owner.COMPANY, start, end);
    }

    /** The yield to plan with per family (a family missing from the map plans with {@link #planned(FamilyYield)} of none). */
    public Map<String, PlannedYield> plannedByFamily(Instant start, Instant end) {
        Map<String, PlannedYield> planned = new HashMap<>();
        for (FamilyYield family : byFamily(start, end)) {
            planned.put(family.family() == null ? "" : family.family(), planned(family));
        }
        return planned;
    }

    /** The family's observed yield from {@value #OBSERVED_FROM} closed orders, else the setting. */
    public PlannedYield planned(@Nullable FamilyYield family) {
        long closed = family == null ? 0 : family.closed();
        long completed = family == null ? 0 : family.completed();
        if (closed >= OBSERVED_FROM) {
            double yield = (double) completed / closed;
            return new PlannedYield(yield, true, closed, completed, "repair yield " + round(yield) + " observed ("
                    + completed + " completed of " + closed + " closed company repair orders of the family in 365 days)");
        }
        return new PlannedYield(defaultYield, false, closed, completed, "repair yield " + round(defaultYield)
                + " from inventory.repair.yield (only " + closed + " closed company repair orders of the family in 365 days, "
                + OBSERVED_FROM + " needed to observe one)");
    }

    private static String round(double value) {
        double rounded = Math.round(value * 10_000) / 10_000.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }
}
