package fr.sav.inventory.exchange;

import fr.sav.inventory.notification.NotificationKind;
import fr.sav.inventory.notification.Occasion;
import fr.sav.inventory.notification.Watch;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;

/** Cores customers still owe past their due date. */
@Singleton
class ExchangeWatch implements Watch {

    private static final int LIMIT = 500;

    private final ExchangeStore store;

    ExchangeWatch(ExchangeStore store) {
        this.store = store;
    }

    @Override
    public List<Occasion> occasions(LocalDate today) {
        return store.find(null, null, today, LIMIT, 0).stream()
                .map(x -> new Occasion(NotificationKind.CORE_OVERDUE, x.number(), "Consigne en retard : " + x.number()
                        + " (client " + x.customerRef() + ", due le " + x.coreDueDate() + ")", "#/workshop"))
                .toList();
    }
}
