package fr.sav.inventory.dashboard;

import fr.sav.inventory.repair.Origin;
import fr.sav.inventory.stock.Condition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the after-sales manager watches: stock value, the repair pipeline, cores owed, unmet demand, reconditioning
 * cost, and how the service does: repair turnaround and yield, parts served at the first ask, cost per repair, cores
 * back on time; and the units lent to customers, overdue ones by name.
 */
@Serdeable
public record DashboardView(LocalDate today, BigDecimal stockTotal, List<ConditionValue> stockValue,
                            List<LocationValue> stockByLocation, List<PipelineBand> repairPipeline, Cores cores,
                            List<WeekDemand> unmetDemand, List<WeekCost> reconditioning, List<Turnaround> turnaround,
                            List<FamilyYield> repairYield, FirstTimeAvailability firstTimeAvailability,
                            List<MonthCost> repairCost, CoreRecovery coreRecovery, Loans loans) {

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

    /** Company stock at one location (none: all the locations not listed), valued at standard cost, by condition. */
    @Serdeable
    public record LocationValue(@Nullable String location, @Nullable String kind, long pieces, BigDecimal value,
                                long unvaluedPieces, Map<Condition, BigDecimal> byCondition) {

        LocationValue plus(LocationValue other) {
            Map<Condition, BigDecimal> sum = new EnumMap<>(byCondition);
            other.byCondition.forEach((condition, amount) -> sum.merge(condition, amount, BigDecimal::add));
            return new LocationValue(location, kind, pieces + other.pieces, value.add(other.value),
                    unvaluedPieces + other.unvaluedPieces, sum);
        }

        LocationValue asOthers() {
            return new LocationValue(null, null, pieces, value, unvaluedPieces, byCondition);
        }
    }

    /** Days from receipt to completion of the repairs of one origin completed lately: median and 90th percentile. */
    @Serdeable
    public record Turnaround(Origin origin, long repairs, @Nullable BigDecimal medianDays, @Nullable BigDecimal p90Days) {
    }

    /** Company repair orders of a part family closed lately, how many ended repaired or reconditioned, the share. */
    @Serdeable
    public record FamilyYield(@Nullable String family, long closed, long completed, @Nullable BigDecimal yield) {
    }

    /** Asks for a part lately (a need refused at least once counts once), how many stock served at once, the share. */
    @Serdeable
    public record FirstTimeAvailability(long asked, long servedFirstTime, @Nullable BigDecimal share) {
    }

    /** Repairs completed in the month starting that day: their cost in total and per repair (none without repairs). */
    @Serdeable
    public record MonthCost(LocalDate month, long repairs, CostSplit total, @Nullable CostSplit perRepair) {
    }

    /** A cost split into the parts consumed, labour, subcontracting and other costs recorded at completion. */
    @Serdeable
    public record CostSplit(BigDecimal parts, BigDecimal labour, BigDecimal subcontracting, BigDecimal other) {

        CostSplit inCents() {
            return dividedBy(1);
        }

        CostSplit dividedBy(long count) {
            return new CostSplit(divided(parts, count), divided(labour, count), divided(subcontracting, count),
                    divided(other, count));
        }

        private static BigDecimal divided(BigDecimal amount, long count) {
            return amount.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
        }
    }

    /** Exchanges whose core was due lately, how many cores came back by their due date, the share. */
    @Serdeable
    public record CoreRecovery(long due, long onTime, @Nullable BigDecimal rate) {
    }

    /** Units lent or rented to customers now, how many are past their due date, and the most overdue of those. */
    @Serdeable
    public record Loans(long lent, long overdue, List<LateLoan> mostOverdue) {
    }

    /** A loan past its due date: what, with whom, due when, and how many days late. */
    @Serdeable
    public record LateLoan(String number, String kind, String sku, String serial, String customerRef, LocalDate dueDate,
                           long daysLate) {
    }
}
