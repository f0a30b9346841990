package fr.sav.inventory.dashboard;

import fr.sav.inventory.shared.Transactions;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The manager's figures, read-only, in one read transaction so they agree with each other. */
@Singleton
class Dashboard {

    /** Repair turnaround, first-time availability and core recovery look back this many days. */
    static final int RECENT_DAYS = 90;
    /** The repair yield looks back a year. */
    static final int YIELD_DAYS = 365;
    /** Cost per repair covers this many months, the current one included. */
    static final int COST_MONTHS = 12;
    /** Stock by location lists this many locations, the rest together. */
    static final int LOCATIONS_SHOWN = 12;

    private final StockFigures stock;
    private final WorkshopFigures workshop;
    private final RepairFigures repairs;
    private final RepairCosts costs;
    private final ServiceLevels service;
    private final LoanFigures loans;
    private final Transactions transactions;
    private final Clock clock;

    Dashboard(StockFigures stock, WorkshopFigures workshop, RepairFigures repairs, RepairCosts costs,
              ServiceLevels service, LoanFigures loans, Transactions transactions, Clock clock) {
        this.stock = stock;
        this.workshop = workshop;
        this.repairs = repairs;
        this.costs = costs;
        this.service = service;
        this.loans = loans;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Today's figures, with weekly series over the last {@code weeks} weeks (this one included). */
    public DashboardView view(int weeks) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Weeks series = Weeks.endingWith(today, weeks);
        Period recent = Period.lastDays(today, RECENT_DAYS);
        Period pastDue = new Period(today.minusDays(RECENT_DAYS), today.minusDays(1));
        return transactions.read(() -> {
            List<StockFigures.Valued> valued = stock.valuedStock();
            List<DashboardView.ConditionValue> value = StockFigures.byCondition(valued);
            BigDecimal total = value.stream().map(DashboardView.ConditionValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new DashboardView(today, total, value, StockFigures.byLocation(valued, LOCATIONS_SHOWN),
                    workshop.pipeline(today), workshop.cores(today), stock.unmetDemand(series), workshop.reconditioning(series),
                    repairs.turnaround(recent), repairs.yield(Period.lastDays(today, YIELD_DAYS)),
                    service.firstTimeAvailability(recent), costs.byMonth(Months.endingWith(today, COST_MONTHS)),
                    service.coreRecovery(pastDue), loans.loans(today));
        });
    }
}
