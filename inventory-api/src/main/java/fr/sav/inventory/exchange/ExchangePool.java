package fr.sav.inventory.exchange;

import fr.sav.inventory.catalog.PartInfo;
import fr.sav.inventory.catalog.Catalog;
import fr.sav.inventory.repair.RepairViews;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.shared.Transactions;
import fr.sav.inventory.stock.Available;
import fr.sav.inventory.stock.Warehouse;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Sizes a part's exchange pool from what was observed over a window: the exchange rate, the mean delay
 * before cores come back, the mean repair time of cores; where nothing was observed yet, the configured
 * defaults stand in and the answer says so.
 */
@Singleton
class ExchangePool {

    private final ExchangeStore store;
    private final PoolFigures figures;
    private final Catalog catalog;
    private final Warehouse warehouse;
    private final RepairViews repairs;
    private final Transactions transactions;
    private final Clock clock;
    private final double defaultRepairDays;

    ExchangePool(ExchangeStore store, PoolFigures figures, Catalog catalog, Warehouse warehouse, RepairViews repairs,
                 Transactions transactions, Clock clock,
                 @Value("${inventory.exchange.default-repair-days:7}") double defaultRepairDays) {
        this.store = store;
        this.figures = figures;
        this.catalog = catalog;
        this.warehouse = warehouse;
        this.repairs = repairs;
        this.transactions = transactions;
        this.clock = clock;
        this.defaultRepairDays = defaultRepairDays;
    }

    /** The parts exchanged in the last {@code windowDays} days: the ones whose pool the reorder suggestions keep up. */
    public List<ExchangedPart> exchangedParts(int windowDays) {
        return transactions.read(() -> figures.partsIssuedSince(clock.instant().minus(Duration.ofDays(windowDays))));
    }

    /** The pool a part has and the size it should have for the target availability, from the window's exchanges. */
    public PoolView of(String sku, double target, int windowDays) {
        if (target <= 0 || target >= 1) {
            throw new InvalidRequest("targetAvailability", FieldRule.BETWEEN, "must be between 0 and 1, e.g. 0.95",
                    "min", 0, "max", 1);
        }
        if (windowDays < 7 || windowDays > 3650) {
            throw new InvalidRequest("windowDays", FieldRule.BETWEEN,
                    "must be between 7 and 3650", "min", 7, "max", 3650);
        }
        return transactions.read(() -> {
            PartInfo part = catalog.part(sku);
            Instant since = clock.instant().minus(Duration.ofDays(windowDays));
            long ready = warehouse.usableAvailable(part).stream().mapToLong(Available::quantity).sum();
            int inRepair = repairs.openFor(part.id()).size();
            int owed = store.coresOwed(part.id());
            int exchanged = store.issuedSince(part.id(), since);
            Double coreDays = figures.meanCoreReturnDays(part.id(), since);
            Double repairDays = figures.meanRepairDays(part.id(), since);
            double rate = (double) exchanged / windowDays;
            double returnDays = coreDays != null ? coreDays : 30;
            double fixDays = repairDays != null ? repairDays : defaultRepairDays;
            double turnaround = returnDays + fixDays;
            double pipeline = rate * turnaround;
            int recommended = PoolSizing.recommended(pipeline, target);
            long current = ready + inRepair + owed;
            return new PoolView(part.sku(), ready, inRepair, owed, current, windowDays, exchanged, round(rate),
                    round(returnDays), coreDays != null, round(fixDays), repairDays != null, round(turnaround),
                    round(pipeline), target, recommended, round(PoolSizing.availability(pipeline, recommended)),
                    round(PoolSizing.availability(pipeline, current)),
                    round(PoolSizing.expectedBackorders(pipeline, recommended)),
                    explain(exchanged, windowDays, rate, returnDays, coreDays != null, fixDays, repairDays != null,
                            pipeline, target, recommended, current));
        });
    }

    private static String explain(int exchanged, int windowDays, double rate, double returnDays, boolean returnSeen,
                                  double fixDays, boolean repairSeen, double pipeline, double target, int recommended,
                                  long current) {
        return String.format(Locale.ROOT, "%d exchanges in the last %d days: %.3f a day. A unit is away for %.1f days "
                        + "(cores come back after %.1f days%s, repair takes %.1f days%s), so %.2f units are in the "
                        + "pipeline on average (Poisson, METRIC single site). %d units serve %.0f %% of exchanges "
                        + "at once; the pool holds %d now (%.1f %%).", exchanged, windowDays, rate, returnDays + fixDays,
                returnDays, returnSeen ? " observed" : ", assumed: none seen yet", fixDays,
                repairSeen ? " observed" : ", assumed: none seen yet", pipeline, recommended, target * 100, current,
                PoolSizing.availability(pipeline, current) * 100);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
