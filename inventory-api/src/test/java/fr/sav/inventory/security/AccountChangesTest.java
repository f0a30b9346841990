package fr.sav.inventory.security;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Reply;
import fr.sav.inventory.support.TestUsers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A manager disables, enables, gives a new password or other roles; everyone changes their own password. Earlier
 * sessions end at once.
 */
class AccountChangesTest extends ApiTest {

    private static final String NEW_PASSWORD = "another-password-for-tests";

    @Test
    void aDisabledAccountIsRefusedWhateverItsLoginUntilEnabledAgain() {
        String username = given.user("STOREKEEPER");
        Api basic = login(username, TestUsers.PASSWORD, false);
        Api bearer = login(username, TestUsers.PASSWORD, true);
        basic.get("/api/parts").expect(200);
        bearer.get("/api/parts").expect(200);

        Reply disabled = change(username, Map.of("enabled", false)).expect(200);

        assertEquals(false, disabled.get("enabled"));
        basic.get("/api/parts").expectProblem(401, "unauthorized");
        bearer.get("/api/parts").expectProblem(401, "unauthorized");
        admin.anonymous().post("/api/login", Map.of("username", username, "password", TestUsers.PASSWORD)).expect(401);

        change(username, Map.of("enabled", true)).expect(200);

        basic.get("/api/parts").expect(200);
        bearer.get("/api/parts").expectProblem(401, "unauthorized");
        login(username, TestUsers.PASSWORD, true).get("/api/parts").expect(200);
    }

    @Test
    void aNewPasswordEndsTheOldOneAndTheTokensIssuedBeforeIt() {
        String username = given.user("BUYER");
        Api oldBasic = login(username, TestUsers.PASSWORD, false);
        Api oldBearer = login(username, TestUsers.PASSWORD, true);
        oldBasic.get("/api/parts").expect(200);

        change(username, Map.of("password", NEW_PASSWORD)).expect(200);

        oldBasic.get("/api/parts").expectProblem(401, "unauthorized");
        oldBearer.get("/api/parts").expectProblem(401, "unauthorized");
        login(username, NEW_PASSWORD, false).get("/api/parts").expect(200);
        login(username, NEW_PASSWORD, true).get("/api/parts").expect(200);
    }

    @Test
    void newRolesTakeEffectAndTokensCarryingTheOldOnesAreRefused() {
        String username = given.user("STOREKEEPER");
        Api oldBearer = login(username, TestUsers.PASSWORD, true);
        oldBearer.post("/api/parts", Map.of()).expectProblem(403, "forbidden");

        Reply changed = change(username, Map.of("roles", List.of("BUYER"))).expect(200);

        assertEquals(List.of("BUYER"), changed.get("roles"));
        oldBearer.get("/api/parts").expectProblem(401, "unauthorized");
        Api buyer = login(username, TestUsers.PASSWORD, true);
        buyer.post("/api/parts", Map.of()).expectProblem(400, "invalid-request");
        buyer.post("/api/movements", Map.of("type", "RECEIPT", "sku", "ANY", "toLocation", "ANY", "quantity", 1))
                .expectProblem(403, "forbidden");
    }

    @Test
    void aManagerCannotLockThemselvesOutAndABadChangeChangesNothing() {
        String username = given.user("WORKSHOP");
        Api workshop = login(username, TestUsers.PASSWORD, false);

        change(TestUsers.ADMIN, Map.of("enabled", false)).expectProblem(409, "own-account");
        change(TestUsers.ADMIN, Map.of("roles", List.of("BUYER"))).expectProblem(409, "own-account");
        change("no-such-user", Map.of("enabled", false)).expectProblem(404, "not-found");
        change(username, Map.of()).expectProblem(400, "invalid-request");
        change(username, Map.of("password", "short")).expectProblem(400, "invalid-request");
        change(username, Map.of("roles", List.of())).expectProblem(400, "invalid-request");
        change(username, Map.of("roles", List.of("KING"))).expectProblem(400, "bad-request");
        change(username, Map.of("enabled", "maybe")).expectProblem(400, "bad-request");
        userWith("BUYER").patch("/api/users/" + username, Map.of("enabled", false)).expectProblem(403, "forbidden");

        workshop.get("/api/parts").expect(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> account = ((List<Map<String, Object>>) admin.get("/api/users").expect(200).json()).stream()
                .filter(user -> username.equals(user.get("username"))).findFirst().orElseThrow();
        assertEquals(List.of("WORKSHOP"), account.get("roles"));
        assertEquals(true, account.get("enabled"));
    }

    @Test
    void everyoneChangesTheirOwnPasswordGivenTheCurrentOneAndTheirOtherSessionsEnd() {
        String username = given.user("WORKSHOP");
        Api basic = login(username, TestUsers.PASSWORD, false);
        Api bearer = login(username, TestUsers.PASSWORD, true);
        Reply me = bearer.get("/api/users/me").expect(200);
        assertEquals(username, me.get("username"));
        assertEquals(List.of("WORKSHOP"), me.get("roles"));

        bearer.put("/api/users/me/password", Map.of("currentPassword", "not-the-password", "newPassword", NEW_PASSWORD))
                .expectProblem(400, "invalid-request");
        bearer.put("/api/users/me/password", Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", "short"))
                .expectProblem(400, "invalid-request");
        bearer.put("/api/users/me/password", Map.of("newPassword", NEW_PASSWORD)).expectProblem(400, "invalid-request");
        admin.anonymous().put("/api/users/me/password", Map.of("currentPassword", TestUsers.PASSWORD,
                "newPassword", NEW_PASSWORD)).expectProblem(401, "unauthorized");
        basic.get("/api/parts").expect(200);

        basic.put("/api/users/me/password", Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", NEW_PASSWORD))
                .expect(204);

        basic.get("/api/parts").expectProblem(401, "unauthorized");
        bearer.get("/api/parts").expectProblem(401, "unauthorized");
        admin.anonymous().post("/api/login", Map.of("username", username, "password", TestUsers.PASSWORD)).expect(401);
        Api renewed = login(username, NEW_PASSWORD, true);
        assertEquals(List.of("WORKSHOP"), renewed.get("/api/users/me").expect(200).get("roles"), "the roles stay");
        renewed.get("/api/users").expectProblem(403, "forbidden");
    }

    private Reply change(String username, Map<String, Object> body) {
        return admin.patch("/api/users/" + username, body);
    }

    private Api login(String username, String password, boolean bearer) {
        Api client = Api.at(server.getURI());
        return bearer ? client.login(username, password) : client.as(username, password);
    }
}
