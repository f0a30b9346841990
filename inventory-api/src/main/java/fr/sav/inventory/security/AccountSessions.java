package fr.sav.inventory.security;

import fr.sav.inventory.shared.Transactions;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether a session opened at some instant still stands: not for an account unknown here or disabled, nor once its
 * password or roles changed after it was opened. Applies to bearer tokens (opened when issued) and to remembered
 * Basic logins; a bearer token must also say when it expires. Accounts are known by their canonical name
 * ({@link Account#canonical}), so a session opened as {@code ALICE} ends with the account {@code alice}. The accounts'
 * states are kept in memory, since tokens are checked on the event loop, which must not wait on the database: read
 * again every {@code inventory.security.sessions-refresh} (15 s), at once after a change or a password check made
 * through this instance, and soon after a token names an account not known here (created on another instance a
 * moment ago: that token is refused until then); so a change made elsewhere reaches this instance within that delay.
 */
@Singleton
class AccountSessions implements GenericJwtClaimsValidator<HttpRequest<?>> {

    /**
     * The claim of a token that says when its session was opened, in milliseconds since the epoch: the standard
     * {@code iat} carries whole seconds, and a token issued in the second of a change, just before it, would stand.
     */
    static final String OPENED = "opened";

    private static final Logger LOG = LoggerFactory.getLogger(AccountSessions.class);
    private static final Duration UNKNOWN_REREAD = Duration.ofSeconds(1);

    private record State(boolean enabled, Instant validFrom) {
    }

    private final AccountStore accounts;
    private final Transactions transactions;
    private final ExecutorService background;
    private final Clock clock;
    /** Null until the accounts were first read (the database down since start): signatures alone decide. */
    private volatile Map<String, State> states;
    private final AtomicReference<Instant> lastUnknownReread = new AtomicReference<>(Instant.EPOCH);

    AccountSessions(AccountStore accounts, Transactions transactions,
                    @Named(TaskExecutors.BLOCKING) ExecutorService background, Clock clock) {
        this.accounts = accounts;
        this.transactions = transactions;
        this.background = background;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${inventory.security.sessions-refresh:15s}", initialDelay = "0s")
    void refresh() {
        try {
            Map<String, State> read = new HashMap<>();
            transactions.read(() -> accounts.findAll())
                    .forEach(account -> read.put(Account.canonical(account.username()), state(account)));
            states = read;
        } catch (RuntimeException e) {
            LOG.debug("Accounts not read again (the last states read stand): {}", e.getMessage());
        }
    }

    /** An account just created, changed or logged in through this instance. */
    void changed(Account account) {
        Map<String, State> known = states;
        Map<String, State> updated = known == null ? new HashMap<>() : new HashMap<>(known);
        updated.put(Account.canonical(account.username()), state(account));
        states = updated;
    }

    /** Whether a session of this account opened at that instant still stands. */
    boolean stands(String username, Instant openedAt) {
        return stands(username, openedAt, ChronoUnit.MILLIS);
    }

    /** A token without the {@link #OPENED} claim (issued by an earlier version) counts whole seconds. */
    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        Object subject = claims.get(Claims.SUBJECT);
        if (subject == null || claims.get(Claims.EXPIRATION_TIME) == null) {
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
        if (known == null) {
            return true;
        }
        State state = known.get(Account.canonical(username));
        if (state == null) {
            rereadSoon();
            return false;
        }
        return state.enabled() && !openedAt.isBefore(state.validFrom().truncatedTo(precision));
    }

    /** Reads the accounts again in the background, at most once a second whatever the number of unknown names. */
    private void rereadSoon() {
        Instant now = clock.instant();
        Instant last = lastUnknownReread.get();
        if (last.plus(UNKNOWN_REREAD).isBefore(now) && lastUnknownReread.compareAndSet(last, now)) {
            background.execute(this::refresh);
        }
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
