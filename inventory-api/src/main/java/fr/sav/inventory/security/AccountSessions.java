package fr.sav.inventory.security;

import fr.sav.inventory.shared.Transactions;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether a session opened at some instant still stands: not once its account is disabled, nor once its password
 * or roles changed after it was opened. Applies to bearer tokens (opened when issued) and to remembered Basic
 * logins. The accounts' states are kept in memory, since tokens are checked on the event loop, which must not wait
 * on the database: read again every {@code inventory.security.sessions-refresh} (15 s), and at once after a change
 * made through this instance; so a change made elsewhere reaches this instance within that delay.
 */
@Singleton
class AccountSessions implements GenericJwtClaimsValidator<HttpRequest<?>> {

    /**
     * The claim of a token that says when its session was opened, in milliseconds since the epoch: the standard
     * {@code iat} carries whole seconds, and a token issued in the second of a change, just before it, would stand.
     */
    static final String OPENED = "opened";

    private static final Logger LOG = LoggerFactory.getLogger(AccountSessions.class);

    private record State(boolean enabled, Instant validFrom) {
    }

    private final Accounts accounts;
    private final Transactions transactions;
    /** Null until the accounts were first read (the database down since start): signatures alone decide. */
    private volatile Map<String, State> states;

    AccountSessions(Accounts accounts, Transactions transactions) {
        this.accounts = accounts;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelay = "${inventory.security.sessions-refresh:15s}", initialDelay = "0s")
    void refresh() {
        try {
            Map<String, State> read = new HashMap<>();
            transactions.read(() -> accounts.findAll()).forEach(account -> read.put(account.username(), state(account)));
            states = read;
        } catch (RuntimeException e) {
            LOG.debug("Accounts not read again (the last states read stand): {}", e.getMessage());
        }
    }

    /** An account just created or changed through this instance. */
    void changed(Account account) {
        Map<String, State> known = states;
        Map<String, State> updated = known == null ? new HashMap<>() : new HashMap<>(known);
        updated.put(account.username(), state(account));
        states = updated;
    }

    /**
     * Whether a session of this account opened at that instant still stands. An account not read yet (created on
     * another instance a moment ago) has had no change.
     */
    boolean stands(String username, Instant openedAt) {
        return stands(username, openedAt, ChronoUnit.MILLIS);
    }

    /** A token without the {@link #OPENED} claim (issued by an earlier version) counts whole seconds. */
    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        Object subject = claims.get(Claims.SUBJECT);
        if (subject == null) {
            return false;
        }
        if (claims.get(OPENED) instanceof Number millis) {
            return stands(subject.toString(), Instant.ofEpochMilli(millis.longValue()), ChronoUnit.MILLIS);
        }
        Instant issuedAt = instant(claims.get(Claims.ISSUED_AT));
        return issuedAt != null && stands(subject.toString(), issuedAt, ChronoUnit.SECONDS);
    }

    private boolean stands(String username, Instant openedAt, ChronoUnit precision) {
        Map<String, State> known = states;
        State state = known == null ? null : known.get(username);
        return state == null || state.enabled() && !openedAt.isBefore(state.validFrom().truncatedTo(precision));
    }

    private static Instant instant(Object claim) {
        if (claim instanceof Date date) {
            return date.toInstant();
        }
        if (claim instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }

    private static State state(Account account) {
        return new State(account.enabled(), account.sessionsValidFrom());
    }
}
