package fr.sav.inventory.exchange;

import fr.sav.inventory.shared.Sql;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The observed core return rate: of the exchanges whose core was due on a day of a window, the share whose core
 * came back by its due date. Below {@value #OBSERVED_FROM} cores due a family plans with
 * {@code inventory.exchange.core-return-rate} (0.9). Read in the caller's transaction.
 */
@Singleton
class CoreReturns {

    /** Cores due a family needs before its own rate is believed. */
    public static final int OBSERVED_FROM = 10;

    private static final String TALLY = "COUNT(*) AS due, COALESCE(SUM(x.core_received_at IS NOT NULL "
            + "AND DATE(x.core_received_at) <= x.core_due_date), 0) AS on_time FROM standard_exchange x ";

    private final Sql sql;
    private final double defaultRate;

    CoreReturns(Sql sql, @Value("${inventory.exchange.core-return-rate:0.9}") double defaultRate) {
        if (!(defaultRate >= 0 && defaultRate <= 1)) {
            throw new IllegalArgumentException("inventory.exchange.core-return-rate must lie in [0, 1], not " + defaultRate);
        }
        this.sql = sql;
        this.defaultRate = defaultRate;
    }

    /** All exchanges whose core was due from {@code first} to {@code last}, both included. */
    public CoreTally overall(LocalDate first, LocalDate last) {
        return sql.one("SELECT " + TALLY + "WHERE x.core_due_date BETWEEN ? AND ?",
                row -> new CoreTally(row.getLong("due"), row.getLong("on_time")), first, last).orElseThrow();
    }

    /** Per part family (no family: the empty key), the rate to plan with. */
    public Map<String, PlannedReturnRate> plannedByFamily(LocalDate first, LocalDate last) {
        Map<String, PlannedReturnRate> planned = new HashMap<>();
        sql.each("SELECT p.family, " + TALLY + "JOIN part p ON p.id = x.part_id WHERE x.core_due_date BETWEEN ? AND ? "
                        + "GROUP BY p.family",
                row -> planned.put(row.getString(1) == null ? "" : row.getString(1),
                        planned(new CoreTally(row.getLong("due"), row.getLong("on_time")))),
                first, last);
        return planned;
    }

    /** The family's observed rate from {@value #OBSERVED_FROM} cores due, else the setting. */
    public PlannedReturnRate planned(@Nullable CoreTally tally) {
        long due = tally == null ? 0 : tally.due();
        if (due >= OBSERVED_FROM) {
            double rate = (double) tally.onTime() / due;
            return new PlannedReturnRate(rate, true, "core return rate " + round(rate) + " observed (" + tally.onTime()
                    + " of "
                    + due + " cores of the family due in 365 days came back by their due date)");
        }
        return new PlannedReturnRate(defaultRate, false, "core return rate " + round(defaultRate)
                + " from inventory.exchange.core-return-rate (only " + due + " cores of the family due in 365 days, "
                + OBSERVED_FROM + " needed to observe one)");
    }

    private static String round(double value) {
        double rounded = Math.round(value * 10_000) / 10_000.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }
}
