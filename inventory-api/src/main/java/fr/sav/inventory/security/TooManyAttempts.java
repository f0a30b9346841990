package fr.sav.inventory.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A login that comes while {@link LoginAttempts} makes its username or address wait answers 429 with
 * {@code Retry-After} (problem {@code /problems/too-many-attempts}), the right password included: HTTP Basic here,
 * before the security filter checks the password; {@code POST /api/login} through {@link ThrottledLogins}, since its
 * username is in the body, which the password check marks ({@link #mark}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class TooManyAttempts implements Ordered {

    private static final String WAIT = TooManyAttempts.class.getName() + ".wait";
    private static final String BASIC = "Basic ";

    private final LoginAttempts attempts;
    private final ClientAddress addresses;

    TooManyAttempts(LoginAttempts attempts, ClientAddress addresses) {
        this.attempts = attempts;
        this.addresses = addresses;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> basic(HttpRequest<?> request) {
        return basicUsername(request)
                .flatMap(username -> attempts.waitFor(Account.canonical(username), addresses.of(request)))
                .map(TooManyAttempts::answer)
                .orElse(null);
    }

    static void mark(HttpRequest<?> request, Duration wait) {
        request.setAttribute(WAIT, wait);
    }

    static Optional<Duration> marked(HttpRequest<?> request) {
        return request.getAttribute(WAIT, Duration.class);
    }

    static MutableHttpResponse<?> answer(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "/problems/too-many-attempts");
        problem.put("title", "Too many attempts");
        problem.put("status", 429);
        problem.put("detail", "Too many wrong passwords for this account or from this address: try again in "
                + seconds + " s");
        problem.put("retryAfter", seconds);
        return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .contentType("application/problem+json")
                .body(problem);
    }

    private static Optional<String> basicUsername(HttpRequest<?> request) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(credentials.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
