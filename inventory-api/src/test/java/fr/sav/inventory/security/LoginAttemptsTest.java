package fr.sav.inventory.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginAttemptsTest {

    private Instant now = Instant.parse("2026-12-04T08:00:00Z");
    private final LoginAttempts attempts = new LoginAttempts(10, 100, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void theWaitStartsAtTheTenthFailureAndDoublesWithEachFurtherOneUpToFifteenMinutes() {
        fail(9);
        assertEquals(Optional.empty(), attempts.waitFor("alice", "shop"));
        fail(1);
        assertEquals(Optional.of(Duration.ofSeconds(30)), attempts.waitFor("alice", "shop"));

        now = now.plusSeconds(30);
        assertEquals(Optional.empty(), attempts.waitFor("alice", "shop"));
        fail(1);
        assertEquals(Optional.of(Duration.ofSeconds(60)), attempts.waitFor("alice", "shop"));
        fail(5);
        assertEquals(Optional.of(Duration.ofMinutes(15)), attempts.waitFor("alice", "shop"));
        assertEquals(Optional.of(Duration.ofMinutes(15)), attempts.waitFor("alice", "elsewhere"));
        assertEquals(Optional.empty(), attempts.waitFor("bob", "elsewhere"));
    }

    @Test
    void aRightPasswordClearsTheUsernameAndAnHourWithoutFailureClearsEverything() {
        fail(10);
        attempts.succeeded("alice");
        assertEquals(Optional.empty(), attempts.waitFor("alice", "shop"));

        fail(10);
        now = now.plus(Duration.ofMinutes(61));
        assertEquals(Optional.empty(), attempts.waitFor("alice", "shop"));
        fail(1);
        assertEquals(Optional.empty(), attempts.waitFor("alice", "shop"));
    }

    @Test
    void anAddressWaitsPastItsOwnHigherLimitWhateverTheUsernames() {
        for (int i = 0; i < 99; i++) {
            attempts.failed("user" + i, "shop");
        }
        assertEquals(Optional.empty(), attempts.waitFor("someone", "shop"));
        attempts.failed("user99", "shop");
        assertEquals(Optional.of(Duration.ofSeconds(30)), attempts.waitFor("someone", "shop"));
        assertEquals(Optional.empty(), attempts.waitFor("someone", "home"));
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            attempts.failed("alice", "shop");
        }
    }
}
