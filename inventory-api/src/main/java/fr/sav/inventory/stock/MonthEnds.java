package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Builds the valuation's month-end snapshots, oldest missing first, each from the one before and that month's
 * movements (one read of a month of the ledger, one transaction to store it): every
 * {@code inventory.valuation.snapshot-interval} (1 h) and in the background when a valuation at a past instant found
 * its month end missing; never in a movement's transaction. A month is taken only once
 * {@code inventory.valuation.snapshot-margin} (24 h) has passed since its end, so that no movement still being
 * recorded can precede it; only a movement backdated before its own month can, and that deletes the snapshots after it
 * ({@link ValuationSnapshots#backdated}), which the next build makes again. Months without movements are skipped: the
 * snapshot before them serves.
 */
@Singleton
class MonthEnds {

    private static final Logger LOG = LoggerFactory.getLogger(MonthEnds.class);

    private final Sql sql;
    private final Transactions transactions;
    private final ValuationSnapshots snapshots;
    private final Clock clock;
    private final Duration margin;
    private final ExecutorService background;
    private final AtomicBoolean building = new AtomicBoolean();

    MonthEnds(Sql sql, Transactions transactions, ValuationSnapshots snapshots, Clock clock,
              @Value("${inventory.valuation.snapshot-margin:24h}") Duration margin,
              @Named(TaskExecutors.BLOCKING) ExecutorService background) {
        this.sql = sql;
        this.transactions = transactions;
        this.snapshots = snapshots;
        this.clock = clock;
        this.margin = margin;
        this.background = background;
    }

    @Scheduled(fixedDelay = "${inventory.valuation.snapshot-interval:1h}",
            initialDelay = "${inventory.valuation.snapshot-initial-delay:1m}")
    void scheduled() {
        if (building.compareAndSet(false, true)) {
            build();
        }
    }

    /**
     * Starts a build in the background unless one is running; the caller does not wait. The task is handed over
     * with an empty context: the executor would otherwise carry the caller's transaction (and its connection) into it.
     */
    void soon() {
        if (building.compareAndSet(false, true)) {
            try (PropagatedContext.Scope outside = PropagatedContext.empty().propagate()) {
                background.execute(this::build);
            }
        }
    }

    private void build() {
        try {
            int stored = catchUp();
            if (stored > 0) {
                LOG.info("Valuation: {} month-end snapshot(s) stored", stored);
            }
        } catch (RuntimeException e) {
            LOG.warn("Valuation snapshots not built: {}", e.getMessage());
        } finally {
            building.set(false);
        }
    }

    /**
     * Stores every missing month end that is old enough, oldest first, then removes the rows of deleted snapshots;
     * answers how many it stored. Safe to run twice at once: the second one to store a month finds it there.
     */
    int catchUp() {
        int stored = 0;
        Built last = null;
        while (true) {
            Built previous = last;
            Next next = transactions.read(() -> next(previous));
            if (next == null) {
                break;
            }
            Optional<ValuationSnapshots.Snapshot> made = transactions.write(() ->
                    snapshots.store(next.sums(), next.monthEnd(), next.generation(), clock.instant()));
            last = made.map(snapshot -> new Built(snapshot, next.generation(), next.sums())).orElse(null);
            stored += made.isPresent() ? 1 : 0;
        }
        for (long id : transactions.read(snapshots::gone)) {
            int removed;
            do {
                removed = transactions.write(() -> snapshots.remove(id));
            } while (removed > 0);
        }
        return stored;
    }

    /**
     * The next month end to take, if one is old enough: the guard's generation read first, then the latest snapshot's
     * sums (those just stored, when nothing was backdated since) with the month's movements replayed onto them.
     */
    @Nullable
    private Next next(@Nullable Built previous) {
        Instant now = clock.instant();
        long generation = snapshots.generation();
        Optional<ValuationSnapshots.Snapshot> latest = snapshots.latest();
        Instant from = latest.map(ValuationSnapshots.Snapshot::monthEnd).orElse(null);
        Optional<Instant> first = sql.one("SELECT MIN(occurred_at) AS first_at FROM stock_movement"
                + (from == null ? "" : " WHERE occurred_at > ?"), row -> Sql.instant(row, "first_at"),
                from == null ? new Object[0] : new Object[] {from});
        if (first.isEmpty()) {
            return null;
        }
        Instant monthEnd = ValuationSnapshots.monthEnd(first.get());
        if (!monthEnd.plus(margin).isBefore(now)) {
            return null;
        }
        LedgerSums sums = previous != null && previous.generation() == generation
                && latest.equals(Optional.of(previous.snapshot())) ? previous.sums()
                : LedgerSums.of(sql, latest.map(ValueBase::of).orElse(ValueBase.NOTHING));
        return new Next(generation, monthEnd, sums.move(sql, new LedgerWindow(from, monthEnd, 1)));
    }

    /** A month end's sums, read after the guard's generation. */
    private record Next(long generation, Instant monthEnd, LedgerSums sums) {
    }

    /** The snapshot just stored, with its sums kept for the next month. */
    private record Built(ValuationSnapshots.Snapshot snapshot, long generation, LedgerSums sums) {
    }
}
