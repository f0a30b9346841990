package fr.sav.inventory.notification;

import io.micronaut.context.annotation.Value;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Sends a notification by e-mail through the SMTP server of {@code inventory.mail.*} ({@link SmtpSession}); without
 * {@code inventory.mail.host} there is no server and nothing is sent.
 */
@Singleton
class Mailer {

    private final Optional<EmailSender<?, ?>> sender;
    private final String from;
    private final String linkBase;

    Mailer(Optional<EmailSender<?, ?>> sender, @Value("${inventory.mail.from:stock-sav@localhost}") String from,
           @Value("${inventory.mail.link-base:}") String linkBase) {
        this.sender = sender;
        this.from = from;
        this.linkBase = linkBase;
    }

    boolean configured() {
        return sender.isPresent();
    }

    /** Sends one notification; a failure (the server unreachable...) is thrown, and the mail is tried again later. */
    void send(String address, String subject, String link) {
        sender.orElseThrow().send(Email.builder().from(from).to(address).subject("[Stock SAV] " + subject)
                .body(subject + "\n\n" + linkBase + "/" + link + "\n"));
    }
}
