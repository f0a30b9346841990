package fr.sav.inventory.dashboard;

import fr.sav.inventory.stock.Condition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the after-sales manager watches: stock value, the repair pipeline, cores owed, unmet demand, reconditioning cost. */
@Serdeable
public record DashboardView(LocalDate today, BigDecimal stockTotal, List<ConditionValue> stockValue,
                            List<PipelineBand> repairPipeline, Cores cores, List<WeekDemand> unmetDemand,
                            List<WeekCost> reconditioning) {

    /** Company stock of one condition valued at standard cost; {@code unvaluedPieces} have no standard cost. */
    @Serdeable
    public record ConditionValue(Condition condition, long pieces, BigDecimal value, long unvaluedPieces) {
    }

    /** Open repair orders received between {@code fromDays} and {@code toDays} days ago (none: and older). */
    @Serdeable
    public record PipelineBand(String label, int fromDays, @Nullable Integer toDays, long company, long customer) {
    }

    /** Cores still owed, how many are past their due date, the charges at stake, and how late they are. */
    @Serdeable
    public record Cores(long owed, long overdue, BigDecimal overdueCharge, List<LateBand> overdueByDaysLate) {
    }

    /** Overdue cores between {@code fromDays} and {@code toDays} days late. */
    @Serdeable
    public record LateBand(String label, int fromDays, @Nullable Integer toDays, long count) {
    }

    /** Demand nothing could serve in the week starting that Monday: pieces, and how many parts. */
    @Serdeable
    public record WeekDemand(LocalDate weekStart, long quantity, long parts) {
    }

    /** Repair orders completed in the week starting that Monday and their total cost, by origin. */
    @Serdeable
    public record WeekCost(LocalDate weekStart, long orders, BigDecimal totalCost, Map<String, BigDecimal> byOrigin) {
    }
}
