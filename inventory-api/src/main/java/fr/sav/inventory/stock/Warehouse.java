package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Transactions;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * The stock's one public door for changes: every movement of every feature goes through {@link #post}
 * (or {@link #record} for what a client posted), which appends it to the ledger and moves the levels in
 * the same transaction.
 */
@Singleton
public class Warehouse {

    private final Ledger ledger;
    private final MovementResolver resolver;
    private final Idempotency idempotency;
    private final Transactions transactions;

    Warehouse(Ledger ledger, MovementResolver resolver, Idempotency idempotency, Transactions transactions) {
        this.ledger = ledger;
        this.resolver = resolver;
        this.idempotency = idempotency;
        this.transactions = transactions;
    }

    /** Records a movement posted by a client or scanner, once per idempotency key. */
    public MovementView record(MovementRequest request, String actor, @Nullable String idempotencyKey) {
        return idempotency.once("movement", idempotencyKey, request, MovementView.class,
                () -> post(resolver.resolve(request), actor));
    }

    /** Posts a resolved movement; joins the caller's transaction, or runs in its own. */
    public MovementView post(StockChange change, String actor) {
        return transactions.write(() -> ledger.apply(change, actor));
    }
}
