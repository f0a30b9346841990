package fr.sav.inventory.notification;

import io.micronaut.context.BeanProvider;
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

    private final Optional<SmtpSession> smtp;
    private final BeanProvider<EmailSender<?, ?>> sender;
    private final String from;
    private final String linkBase;

    /**
     * The sender is looked up only when {@code inventory.mail.host} made an SMTP session: without one, Micronaut
     * Email's own session provider fails to start (it has no properties) instead of being absent.
     */
    Mailer(Optional<SmtpSession> smtp, BeanProvider<EmailSender<?, ?>> sender,
           @Value("${inventory.mail.from:stock-sav@localhost}") String from,
           @Value("${inventory.mail.link-base:}") String linkBase) {
        this.smtp = smtp;
        this.sender = sender;
        this.from = from;
        this.linkBase = linkBase;
    }

    boolean configured() {
        return smtp.isPresent();
    }

    /** Sends one notification; a failure (the server unreachable...) is thrown, and the mail is tried again later. */
    void send(String address, String subject, String link) {
        sender.get().send(Email.builder().from(from).to(address).subject("[Stock SAV] " + subject)
                .body(subject + "\n\n" + linkBase + "/" + link + "\n"));
    }
}
