package fr.sav.inventory.security;

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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a username and password against the accounts (for HTTP Basic and for POST /api/login).
 * A successful check is remembered for a minute so that scanners sending Basic credentials with every
 * request do not pay the password hash each time, unless the account changes meanwhile ({@link AccountSessions}).
 */
@Singleton
class AccountAuthentication<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private static final Duration REMEMBER = Duration.ofMinutes(1);
    private static final int REMEMBER_MAX = 1_000;

    private final Accounts accounts;
    private final AccountSessions sessions;
    private final Clock clock;
    private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

    AccountAuthentication(Accounts accounts, AccountSessions sessions, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
        String username = credentials.getIdentity();
        String password = credentials.getSecret();
        String fingerprint = fingerprint(username, password);
        Remembered remembered = recent.get(fingerprint);
        if (remembered != null && remembered.checkedAt.plus(REMEMBER).isAfter(clock.instant())
                && sessions.stands(username, remembered.checkedAt)) {
            return opened(username, remembered);
        }
        return accounts.findByUsername(username)
                .filter(Account::enabled)
                .filter(account -> PasswordHasher.matches(password, account.passwordHash()))
                .map(account -> {
                    List<String> roles = Role.effective(account.grantedRoles()).stream().map(Role::name).toList();
                    return opened(account.username(), remember(fingerprint, roles));
                })
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }

    private Remembered remember(String fingerprint, List<String> roles) {
        if (recent.size() >= REMEMBER_MAX) {
            recent.clear();
        }
        Remembered checked = new Remembered(roles, clock.instant());
        recent.put(fingerprint, checked);
        return checked;
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
