package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Demand that stock could not serve (an issue, a reservation or an exchange refused for lack of stock), kept so that
 * reorder suggestions see it: stock-outs must not hide demand.
 */
@Singleton
class DemandLog {

    private final Sql sql;
    private final Transactions transactions;
    private final Clock clock;

    DemandLog(Sql sql, Transactions transactions, Clock clock) {
        this.sql = sql;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Records the shortfall in a transaction of its own: the refused request's transaction was rolled back. */
    public void recordUnmet(long partId, int quantity, @Nullable String reference, DemandSource source) {
        if (quantity <= 0) {
            return;
        }
        transactions.run(() -> sql.update("INSERT INTO unmet_demand (part_id, quantity, reference, source, occurred_at) "
                + "VALUES (?, ?, ?, ?, ?)", partId, quantity, reference, source, clock.instant()));
    }

    /** The shortfalls recorded since then under a reference, by reference and part (what a repair order waits for). */
    public List<UnmetDemand> unmetSince(Instant since, int limit) {
        return transactions.read(() -> sql.list("SELECT u.reference, p.sku, SUM(u.quantity) FROM unmet_demand u "
                        + "JOIN part p ON p.id = u.part_id WHERE u.occurred_at >= ? AND u.reference IS NOT NULL "
                        + "GROUP BY u.reference, p.sku ORDER BY MIN(u.occurred_at) LIMIT ?",
                row -> new UnmetDemand(row.getString(1), row.getString(2), row.getInt(3)), since, limit));
    }

}
