package fr.sav.inventory.notification;

import fr.sav.inventory.security.Accounts;
import fr.sav.inventory.security.Accounts.Recipient;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Asks every feature's {@link Watch} what needs attention, tells each account that acts on it once (the table's
 * unique key makes a second round, or a second instance, tell nobody twice), then e-mails what is new to accounts
 * with an address. A mail that fails is tried again at the next round, for a day.
 */
@Singleton
@Requires(property = "inventory.notify.enabled", notEquals = "false")
class Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);
    private static final Duration MAIL_FOR = Duration.ofDays(1);
    private static final int MAIL_BATCH = 100;

    private final List<Watch> watches;
    private final Accounts recipients;
    private final NotificationStore store;
    private final Mailer mailer;
    private final Transactions transactions;
    private final Clock clock;

    Notifier(List<Watch> watches, Accounts recipients, NotificationStore store, Mailer mailer,
             Transactions transactions, Clock clock) {
        this.watches = watches;
        this.recipients = recipients;
        this.store = store;
        this.mailer = mailer;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${inventory.notify.interval:5m}", initialDelay = "${inventory.notify.initial-delay:1m}")
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warn("Notifications did not run: {}", e.getMessage());
        }
    }

    /** One round; answers how many notifications it made. */
    public int run() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int told = transactions.write(() -> {
            int made = 0;
            for (Watch watch : watches) {
                for (Occasion occasion : watch.occasions(today)) {
                    for (Recipient recipient : recipients.holding(occasion.kind().roles())) {
                        made += store.tell(recipient.username(), occasion, now) ? 1 : 0;
                    }
                }
            }
            return made;
        });
        mail(now);
        return told;
    }

    private void mail(Instant now) {
        for (NotificationStore.Unmailed unmailed : transactions.read(() -> store.unmailed(now.minus(MAIL_FOR), MAIL_BATCH))) {
            Optional<String> address = mailer.configured()
                    ? transactions.read(() -> recipients.address(unmailed.username())) : Optional.empty();
            try {
                address.ifPresent(to -> mailer.send(to, unmailed.subject(), unmailed.link()));
            } catch (RuntimeException e) {
                LOG.warn("Notification mail to {} not sent, tried again at the next round: {}", unmailed.username(),
                        e.getMessage());
                return;
            }
            transactions.run(() -> store.mailed(unmailed.id(), now));
        }
    }
}
