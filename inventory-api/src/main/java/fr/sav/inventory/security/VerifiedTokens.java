package fr.sav.inventory.security;

import com.nimbusds.jwt.JWT;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.generator.claims.JwtClaimsSetAdapter;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks bearer tokens: in full the first time a token is seen (its signature, issuer, validity and session, by the
 * framework's validator and {@link AccountSessions}), then, for as long as it is valid, only what can change: its
 * expiry against the clock and its account's session, on every request. A token is known again by its exact text
 * only, so a token that differs by one character is checked in full; parsing a token and checking its signature give
 * the same answer for the same text, and were a tenth of the service's work on a scanned movement. Only tokens that
 * passed are kept, at most {@link #KEPT}, all forgotten when that many are.
 */
@Singleton
class VerifiedTokens implements TokenValidator<HttpRequest<?>> {

    static final int KEPT = 10_000;

    private record Verified(Authentication authentication, Claims claims, Instant expires) {
    }

    private final JsonWebTokenValidator<JWT, HttpRequest<?>> validator;
    private final JwtAuthenticationFactory authentications;
    private final AccountSessions sessions;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedTokens(JsonWebTokenValidator<JWT, HttpRequest<?>> validator, JwtAuthenticationFactory authentications,
                   AccountSessions sessions, Clock clock) {
        this.validator = validator;
        this.authentications = authentications;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        return authenticate(token, request).map(Publishers::just).orElseGet(Publishers::empty);
    }

    private Optional<Authentication> authenticate(String token, HttpRequest<?> request) {
        Verified known = verified.get(token);
        if (known != null) {
            if (clock.instant().isBefore(known.expires()) && sessions.validate(known.claims(), request)) {
                return Optional.of(known.authentication());
            }
            verified.remove(token);
            return Optional.empty();
        }
        return validator.validate(token, request).flatMap(jwt -> {
            Optional<Authentication> authentication = authentications.createAuthentication(jwt);
            authentication.ifPresent(passed -> keep(token, passed, jwt));
            return authentication;
        });
    }

    /** A token that passed in full is kept until it expires (the validator refuses a token without an expiry). */
    private void keep(String token, Authentication authentication, JWT jwt) {
        try {
            Date expires = jwt.getJWTClaimsSet().getExpirationTime();
            if (expires == null) {
                return;
            }
            if (verified.size() >= KEPT) {
                verified.clear();
            }
            verified.put(token, new Verified(authentication, new JwtClaimsSetAdapter(jwt.getJWTClaimsSet()),
                    expires.toInstant()));
        } catch (ParseException unreadable) {
            // not kept: the token is checked in full again next time
        }
    }
}
