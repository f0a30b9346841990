package fr.sav.inventory.security;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.TestUsers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One account whatever the spelling of its name: one set of sessions, one name in tokens and in the ledger. */
class UsernameSpellingTest extends ApiTest {

    private static final String NEW_PASSWORD = "another-password-for-tests";

    @Test
    void disablingTheAccountEndsTheSessionsOpenedUnderEverySpelling() {
        String username = given.user("STOREKEEPER");
        List<Api> sessions = sessionsUnderThreeSpellings(username, TestUsers.PASSWORD);
        sessions.forEach(session -> session.get("/api/parts").expect(200));

        admin.patch("/api/users/" + username.toUpperCase(Locale.ROOT), Map.of("enabled", false)).expect(200);

        sessions.forEach(session -> session.get("/api/parts").expectProblem(401, "unauthorized"));
    }

    @Test
    void aNewPasswordEndsTheSessionsOpenedUnderEverySpellingAndTheOldPasswordUnderAny() {
        String username = given.user("BUYER");
        List<Api> sessions = sessionsUnderThreeSpellings(username, TestUsers.PASSWORD);
        sessions.forEach(session -> session.get("/api/parts").expect(200));

        admin.patch("/api/users/" + username, Map.of("password", NEW_PASSWORD)).expect(200);

        sessions.forEach(session -> session.get("/api/parts").expectProblem(401, "unauthorized"));
        sessionsUnderThreeSpellings(username, NEW_PASSWORD).forEach(session -> session.get("/api/parts").expect(200));
    }

    @Test
    void theAccountIsStoredAndRecordedUnderOneName() {
        String typed = "Mixed-" + Fixtures.key("Case");
        admin.post("/api/users", Map.of("username", typed, "password", TestUsers.PASSWORD,
                "roles", List.of("STOREKEEPER", "BUYER"))).expect(201);
        String canonical = typed.toLowerCase(Locale.ROOT);
        admin.post("/api/users", Map.of("username", canonical, "password", TestUsers.PASSWORD,
                "roles", List.of("BUYER"))).expectProblem(409, "duplicate");

        Api shouted = Api.at(server.getURI()).as(typed.toUpperCase(Locale.ROOT), TestUsers.PASSWORD);
        assertEquals(canonical, shouted.get("/api/users/me").expect(200).get("username"));
        Api bearer = Api.at(server.getURI()).login(typed, TestUsers.PASSWORD);
        assertEquals(canonical, bearer.get("/api/users/me").expect(200).get("username"));

        String sku = given.part();
        String store = given.location("STORE");
        String recordedBy = shouted.post("/api/movements", Map.of("type", "RECEIPT", "sku", sku, "toLocation", store,
                "quantity", 1)).expect(201).string("recordedBy");
        assertEquals(canonical, recordedBy);
    }

    private List<Api> sessionsUnderThreeSpellings(String username, String password) {
        String upper = username.toUpperCase(Locale.ROOT);
        String mixed = Character.toUpperCase(username.charAt(0)) + username.substring(1);
        return List.of(Api.at(server.getURI()).login(upper, password), Api.at(server.getURI()).login(mixed, password),
                Api.at(server.getURI()).login(username, password), Api.at(server.getURI()).as(upper, password),
                Api.at(server.getURI()).as(mixed, password));
    }
}
