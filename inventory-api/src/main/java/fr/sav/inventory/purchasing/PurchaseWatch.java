package fr.sav.inventory.purchasing;

import fr.sav.inventory.notification.NotificationKind;
import fr.sav.inventory.notification.Occasion;
import fr.sav.inventory.notification.Watch;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;

/** Purchase requests submitted and waiting for someone else's approval. */
@Singleton
class PurchaseWatch implements Watch {

    private static final int LIMIT = 500;

    private final PurchaseRequestStore store;

    PurchaseWatch(PurchaseRequestStore store) {
        this.store = store;
    }

    @Override
    public List<Occasion> occasions(LocalDate today) {
        return store.find(PurchaseStatus.SUBMITTED, null, LIMIT, 0).stream()
                .map(r -> new Occasion(NotificationKind.APPROVAL_WAITING, r.number(), "Demande d’achat à approuver : "
                        + r.number() + " (soumise par " + r.submittedBy() + ")", "#/buyer"))
                .toList();
    }
}
