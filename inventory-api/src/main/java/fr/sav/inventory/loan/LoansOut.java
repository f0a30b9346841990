package fr.sav.inventory.loan;

import fr.sav.inventory.shared.Transactions;
import fr.sav.inventory.stock.PipelineFigure;
import jakarta.inject.Singleton;

/** Units of a part lent or rented out: off the shelf, available nowhere, to come back through the workshop. */
@Singleton
class LoansOut implements PipelineFigure {

    private final LoanStore store;
    private final Transactions transactions;

    LoansOut(LoanStore store, Transactions transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    @Override
    public String name() {
        return "onLoan";
    }

    @Override
    public long count(long partId) {
        return transactions.read(() -> store.lent(partId));
    }
}
