package fr.sav.inventory.notification;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;

import java.util.Properties;

/** The Jakarta Mail session for {@code inventory.mail.host}:{@code port}, with a login and STARTTLS when set. */
@Singleton
@Requires(property = "inventory.mail.host")
class SmtpSession implements SessionProvider {

    private final Session session;

    SmtpSession(@Value("${inventory.mail.host}") String host, @Value("${inventory.mail.port:25}") int port,
                @Nullable @Value("${inventory.mail.username:}") String username,
                @Nullable @Value("${inventory.mail.password:}") String password,
                @Value("${inventory.mail.starttls:false}") boolean starttls,
                @Value("${inventory.mail.timeout-ms:10000}") int timeoutMs) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", Integer.toString(timeoutMs));
        properties.put("mail.smtp.timeout", Integer.toString(timeoutMs));
        properties.put("mail.smtp.writetimeout", Integer.toString(timeoutMs));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        boolean login = username != null && !username.isBlank();
        properties.put("mail.smtp.auth", Boolean.toString(login));
        this.session = Session.getInstance(properties, login ? new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username, password);
            }
        } : null);
    }

    @Override
    public Session session() {
        return session;
    }
}
