package fr.sav.inventory.security;

import fr.sav.inventory.shared.Transactions;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a username and password against the accounts (for HTTP Basic and for POST /api/login), under the name the
 * account is stored with, however it was typed ({@link Account#canonical}). An unknown or disabled account costs the
 * time of a password check, like a known one. Wrong passwords in a row make further attempts wait
 * ({@link LoginAttempts}). A hash made with less work than today's is made again with the password just checked.
 * A successful check is remembered for a minute so that scanners sending Basic credentials with every request do
 * not pay the password hash each time, unless the account changes meanwhile ({@link AccountSessions}).
 */
@Singleton
class AccountAuthentication<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private static final Duration REMEMBER = Duration.ofMinutes(1);
    private static final int REMEMBER_MAX = 1_000;

    private final AccountStore accounts;
    private final AccountSessions sessions;
    private final LoginAttempts attempts;
    private final ClientAddress addresses;
    private final Transactions transactions;
    private final Clock clock;
    private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

    AccountAuthentication(AccountStore accounts, AccountSessions sessions, LoginAttempts attempts,
                          ClientAddress addresses, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.attempts = attempts;
        this.addresses = addresses;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
        String username = Account.canonical(credentials.getIdentity());
        String password = credentials.getSecret();
        String address = addresses.of(request);
        Optional<Duration> wait = attempts.waitFor(username, address);
        if (wait.isPresent()) {
            TooManyAttempts.mark(request, wait.get());
            return refused();
        }
        String fingerprint = fingerprint(username, password);
        Remembered remembered = recent.get(fingerprint);
        if (remembered != null && remembered.checkedAt.plus(REMEMBER).isAfter(clock.instant())
                && sessions.stands(username, remembered.checkedAt)) {
            return opened(username, remembered);
        }
        Optional<Account> account = check(username, password);
        if (account.isEmpty()) {
            attempts.failed(username, address);
            return refused();
        }
        attempts.succeeded(username);
        sessions.changed(account.get());
        List<String> roles = Role.effective(account.get().grantedRoles()).stream().map(Role::name).toList();
        return opened(username, remember(fingerprint, roles));
    }

    /** The enabled account with this password, at the cost of one password check whatever the outcome. */
    private Optional<Account> check(String username, String password) {
        Optional<Account> found = Account.possible(username)
                ? transactions.read(() -> accounts.findByUsername(username)) : Optional.empty();
        if (found.isEmpty()) {
            PasswordHasher.checkDecoy(password);
            return Optional.empty();
        }
        Account account = found.get();
        if (!PasswordHasher.matches(password, account.passwordHash()) || !account.enabled()) {
            return Optional.empty();
        }
        if (PasswordHasher.outdated(account.passwordHash())) {
            transactions.write(() -> accounts.rehash(account.id(), account.passwordHash(), PasswordHasher.hash(password)));
        }
        return found;
    }

    private Remembered remember(String fingerprint, List<String> roles) {
        if (recent.size() >= REMEMBER_MAX) {
            recent.clear();
        }
        Remembered checked = new Remembered(roles, clock.instant());
        recent.put(fingerprint, checked);
        return checked;
    }

    private static AuthenticationResponse refused() {
        return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    }

    /** A session opened by the password check: when, to the millisecond, goes into its token ({@link AccountSessions#OPENED}). */
    private static AuthenticationResponse opened(String username, Remembered checked) {
        return AuthenticationResponse.success(username, checked.roles(),
                Map.of(AccountSessions.OPENED, checked.checkedAt().toEpochMilli()));
    }

    private static String fingerprint(String username, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((username + '\0' + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Remembered(List<String> roles, Instant checkedAt) {
    }
}
