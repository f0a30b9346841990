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
public class Dashboard {

    private final StockFigures stock;
    private final WorkshopFigures workshop;
    private final Transactions transactions;
    private final Clock clock;

    Dashboard(StockFigures stock, WorkshopFigures workshop, Transactions transactions, Clock clock) {
        this.stock = stock;
        this.workshop = workshop;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Today's figures, with weekly series over the last {@code weeks} weeks (this one included). */
    public DashboardView view(int weeks) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Weeks series = Weeks.endingWith(today, weeks);
        return transactions.read(() -> {
            List<DashboardView.ConditionValue> value = stock.stockValue();
            BigDecimal total = value.stream().map(DashboardView.ConditionValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new DashboardView(today, total, value, workshop.pipeline(today), workshop.cores(today),
                    stock.unmetDemand(series), workshop.reconditioning(series));
        });
    }
}
