package fr.sav.inventory.loan;

import fr.sav.inventory.notification.NotificationKind;
import fr.sav.inventory.notification.Occasion;
import fr.sav.inventory.notification.Watch;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;

/** Lent units still with the customer past their due date. */
@Singleton
class LoanWatch implements Watch {

    private static final int LIMIT = 500;

    private final LoanStore store;

    LoanWatch(LoanStore store) {
        this.store = store;
    }

    @Override
    public List<Occasion> occasions(LocalDate today) {
        return store.find(new LoanStore.Filter(null, null, null, today), LIMIT, 0).stream()
                .map(loan -> new Occasion(NotificationKind.LOAN_OVERDUE, loan.number(), "Prêt en retard : "
                        + loan.number() + " (unité " + loan.serial() + ", client " + loan.customerRef() + ", dû le "
                        + loan.dueDate() + ")", "#/workshop"))
                .toList();
    }
}
