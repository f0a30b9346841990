package fr.sav.inventory.security;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.Reply;
import fr.sav.inventory.support.TestDatabase;
import fr.sav.inventory.support.TestUsers;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Password guessing is slowed: past 10 wrong passwords in a row for one username, or (here) 25 from one address,
 * every attempt is a 429 with Retry-After, the right password included; and an unknown or disabled username costs
 * the time of a known one.
 */
class LoginThrottleTest extends ApiTest {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.properties());
        properties.put("inventory.security.login.failures-per-address", "25");
        properties.put("inventory.security.client-address-header", "X-Test-Client");
        return properties;
    }

    @Test
    void tenWrongPasswordsForOneUsernameMakeEveryFurtherAttemptWaitTheRightOneIncluded() {
        Api shop = from("10.0.0.1");
        String username = given.user("STOREKEEPER");
        for (int i = 0; i < 10; i++) {
            login(shop, username, "wrong-password-" + i).expectProblem(401, "unauthorized");
        }

        Reply refused = login(shop, username, TestUsers.PASSWORD).expectProblem(429, "too-many-attempts");
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 30, "Retry-After " + retryAfter);
        login(from("10.0.0.2"), username, TestUsers.PASSWORD).expectProblem(429, "too-many-attempts");
        shop.as(username, TestUsers.PASSWORD).get("/api/parts").expectProblem(429, "too-many-attempts");
        shop.as(username.toUpperCase(), TestUsers.PASSWORD).get("/api/parts").expectProblem(429, "too-many-attempts");

        login(shop, given.user("STOREKEEPER"), TestUsers.PASSWORD).expect(200);
    }

    @Test
    void manyWrongPasswordsFromOneAddressMakeItWaitWhateverTheUsername() {
        Api attacker = from("10.0.1.1");
        String someone = given.user("BUYER");
        attacker.as(someone, TestUsers.PASSWORD).get("/api/parts").expect(200);
        for (int i = 0; i < 25; i++) {
            login(attacker, Fixtures.key("nobody").toLowerCase(), "guess").expect(401);
        }

        login(attacker, Fixtures.key("nobody").toLowerCase(), "guess").expectProblem(429, "too-many-attempts");
        login(attacker, given.user("BUYER"), TestUsers.PASSWORD).expectProblem(429, "too-many-attempts");
        attacker.as(someone, TestUsers.PASSWORD).get("/api/parts").expectProblem(429, "too-many-attempts");
        login(from("10.0.1.2"), given.user("BUYER"), TestUsers.PASSWORD).expect(200);
    }

    @Test
    void anUnknownOrDisabledUsernameCostsTheTimeOfAKnownOne() {
        String known = given.user("BUYER");
        String disabled = given.user("BUYER");
        admin.patch("/api/users/" + disabled, Map.of("enabled", false)).expect(200);
        Api client = from("10.0.2.1");

        long[] fastest = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        for (int round = 0; round < 5; round++) {
            fastest[0] = Math.min(fastest[0], millis(() -> login(client, known, "not-the-password")));
            fastest[1] = Math.min(fastest[1], millis(() -> login(client, Fixtures.key("ghost").toLowerCase(), "guess")));
            fastest[2] = Math.min(fastest[2], millis(() -> login(client, disabled, TestUsers.PASSWORD)));
        }

        // Before the decoy check an unknown name answered some 200 times faster than a known one: a factor of 3
        // either way tells the two apart on a machine as busy as a CI runner.
        for (int other = 1; other < 3; other++) {
            assertTrue(fastest[other] * 3 > fastest[0] && fastest[other] < fastest[0] * 3,
                    fastest[other] + " ms against " + fastest[0] + " ms for a known account");
        }
    }

    /** How long one refused login took, in milliseconds. */
    private static long millis(Supplier<Reply> attempt) {
        long start = System.nanoTime();
        assertEquals(401, attempt.get().status());
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** A client seen at this address (the test service takes it from a header, as behind a reverse proxy). */
    private Api from(String address) {
        return Api.at(server.getURI()).header("X-Test-Client", address);
    }

    private static Reply login(Api client, String username, String password) {
        return client.anonymous().post("/api/login", Map.of("username", username, "password", password));
    }
}
