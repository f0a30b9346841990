package fr.sav.inventory.notification;

import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.shared.Transactions;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The notifications' one door for the pages: an account's inbox, and marking one read. */
@Singleton
class Notifications {

    private static final int INBOX_SIZE = 100;

    private final NotificationStore store;
    private final Transactions transactions;
    private final Clock clock;

    Notifications(NotificationStore store, Transactions transactions, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Inbox inbox(String username, boolean unreadOnly) {
        return transactions.read(() -> new Inbox(store.inbox(username, unreadOnly, INBOX_SIZE), store.unread(username)));
    }

    /** Marks one of the account's notifications read; another account's is not found. */
    public NotificationView read(long id, String username) {
        return transactions.write(() -> store.read(id, username, clock.instant())
                .orElseThrow(() -> new NotFound("notification", Long.toString(id))));
    }
}
