package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Demand that stock could not serve (an issue or a reservation refused for lack of stock), kept so that
 * reorder suggestions see it: stock-outs must not hide demand.
 */
@Singleton
public class DemandLog {

    /** Where the unmet demand was seen. */
    public enum Source { ISSUE, RESERVATION }

    private final Sql sql;
    private final Transactions transactions;
    private final Clock clock;

    DemandLog(Sql sql, Transactions transactions, Clock clock) {
        this.sql = sql;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Records the shortfall in a transaction of its own: the refused request's transaction was rolled back. */
    public void recordUnmet(long partId, int quantity, @Nullable String reference, Source source) {
        if (quantity <= 0) {
            return;
        }
        transactions.run(() -> sql.update("INSERT INTO unmet_demand (part_id, quantity, reference, source, occurred_at) "
                + "VALUES (?, ?, ?, ?, ?)", partId, quantity, reference, source, clock.instant()));
    }
}
