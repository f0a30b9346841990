package fr.sav.inventory.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong passwords in a row, per username and per client address. Past the limit (10 for a username; a higher one
 * for an address, so that a shop behind one address keeps working) every attempt waits, the right password
 * included: 30 s after the limit, then twice as long after each further failure, up to 15 minutes. A right
 * password clears its username's count; an address's count fades an hour after its last failure.
 */
@Singleton
class LoginAttempts {

    private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** Beyond this many counted names and addresses, the counts of those that wait for nothing are dropped. */
    private static final int MOST_COUNTED = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final int usernameLimit;
    private final int addressLimit;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginAttempts(@Value("${inventory.security.login.failures-per-username:10}") int usernameLimit,
                  @Value("${inventory.security.login.failures-per-address:100}") int addressLimit,
                  Clock clock) {
        this.usernameLimit = usernameLimit;
        this.addressLimit = addressLimit;
        this.clock = clock;
    }

    /** How long an attempt for this username from this address must still wait; empty when it may go ahead. */
    Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration wait = longest(remaining(user(username), usernameLimit, now), remaining(from(address), addressLimit, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MOST_COUNTED) {
            failures.entrySet().removeIf(entry -> remaining(entry.getKey(), limit(entry.getKey()), now).isZero());
        }
        count(user(username), now);
        count(from(address), now);
    }

    void succeeded(String username) {
        failures.remove(user(username));
    }

    @Scheduled(fixedDelay = "10m")
    void forget() {
        Instant now = clock.instant();
        failures.values().removeIf(counted -> forgotten(counted, now));
    }

    private void count(String key, Instant now) {
        failures.merge(key, new Failures(1, now), (before, one) ->
                new Failures(forgotten(before, now) ? 1 : before.count() + 1, now));
    }

    private Duration remaining(String key, int limit, Instant now) {
        Failures counted = failures.get(key);
        if (counted == null || counted.count() < limit || forgotten(counted, now)) {
            return Duration.ZERO;
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(counted.count() - limit, 10));
        Instant until = counted.last().plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }

    private static boolean forgotten(Failures counted, Instant now) {
        return counted.last().plus(FORGET_AFTER).isBefore(now);
    }

    private int limit(String key) {
        return key.startsWith("user:") ? usernameLimit : addressLimit;
    }

    private static String user(String username) {
        return "user:" + username;
    }

    private static String from(String address) {
        return "address:" + address;
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
