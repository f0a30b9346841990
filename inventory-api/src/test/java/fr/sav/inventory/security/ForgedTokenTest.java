package fr.sav.inventory.security;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.TestDatabase;
import fr.sav.inventory.support.TestUsers;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bearer tokens written by hand, as an attacker would, never through the service's own generator: only a token
 * signed with HS256 and the service's secret, from this issuer, in its validity, for an enabled account, opens a
 * session. Each forgery is tried on a MANAGER endpoint.
 */
class ForgedTokenTest extends ApiTest {

    private static final String OTHER_KEY = "another-key-another-key-another-key-0123456789";

    @Test
    void theServiceSignsItsTokensWithHs256() {
        String token = admin.anonymous().post("/api/login",
                Map.of("username", TestUsers.ADMIN, "password", TestUsers.ADMIN_PASSWORD)).expect(200).string("access_token");

        assertEquals("{\"alg\":\"HS256\"}", decode(token.split("\\.")[0]));
        assertEquals(3, token.split("\\.").length);
    }

    @Test
    void aTokenSignedRightOpensASession() {
        bearer(hs256(TestDatabase.JWT_SECRET, claims(TestUsers.ADMIN))).get("/api/users").expect(200);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String ghost = "{\"alg\":\"none\"}";
        refused(encode(ghost) + "." + encode(json(claims("ghost"))) + ".");
        refused(encode(ghost) + "." + encode(json(claims(TestUsers.ADMIN))) + ".");
        refused(encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(json(claims(TestUsers.ADMIN))));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        refused(hs256(OTHER_KEY, claims(TestUsers.ADMIN)));
    }

    @Test
    void aTokenSignedWithAnotherAlgorithmIsRefused() {
        refused(sign("HS512", "HmacSHA512", TestDatabase.JWT_SECRET, claims(TestUsers.ADMIN)));
        refused(sign("HS384", "HmacSHA384", TestDatabase.JWT_SECRET, claims(TestUsers.ADMIN)));
    }

    @Test
    void anExpiredOrNotYetValidTokenIsRefused() {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> expired = claims(TestUsers.ADMIN);
        expired.put("exp", now - 60);
        refused(hs256(TestDatabase.JWT_SECRET, expired));

        Map<String, Object> early = claims(TestUsers.ADMIN);
        early.put("nbf", now + 3600);
        refused(hs256(TestDatabase.JWT_SECRET, early));

        Map<String, Object> endless = claims(TestUsers.ADMIN);
        endless.remove("exp");
        refused(hs256(TestDatabase.JWT_SECRET, endless));
    }

    @Test
    void aTokenFromAnotherIssuerOrWithoutOneIsRefused() {
        Map<String, Object> other = claims(TestUsers.ADMIN);
        other.put("iss", "someone-else");
        refused(hs256(TestDatabase.JWT_SECRET, other));

        Map<String, Object> none = claims(TestUsers.ADMIN);
        none.remove("iss");
        refused(hs256(TestDatabase.JWT_SECRET, none));
    }

    @Test
    void aTokenForAnUnknownOrDisabledAccountIsRefused() {
        refused(hs256(TestDatabase.JWT_SECRET, claims("ghost")));

        String username = given.user("MANAGER");
        bearer(hs256(TestDatabase.JWT_SECRET, claims(username))).get("/api/users").expect(200);
        admin.patch("/api/users/" + username, Map.of("enabled", false)).expect(200);
        Map<String, Object> later = claims(username);
        later.put("opened", Instant.now().plusSeconds(5).toEpochMilli());
        refused(hs256(TestDatabase.JWT_SECRET, later));
    }

    @Test
    void aTokenAcceptedBeforeIsCheckedAgainOnEveryRequest() throws InterruptedException {
        String username = given.user("MANAGER");
        Map<String, Object> brief = claims(username);
        long expires = Instant.now().getEpochSecond() + 2;
        brief.put("exp", expires);
        String token = hs256(TestDatabase.JWT_SECRET, brief);
        bearer(token).get("/api/users").expect(200);
        bearer(token).get("/api/users").expect(200);

        // the same claims with another signature, and the token with one character of its signature changed
        refused(hs256(OTHER_KEY, brief));
        int middle = token.lastIndexOf('.') + 10;
        refused(token.substring(0, middle) + (token.charAt(middle) == 'A' ? 'B' : 'A') + token.substring(middle + 1));
        bearer(token).get("/api/users").expect(200);

        while (Instant.now().getEpochSecond() <= expires) {
            Thread.sleep(100);
        }
        refused(token);
    }

    @Test
    void aTokenAcceptedBeforeIsRefusedOnceItsAccountIsDisabled() {
        String username = given.user("MANAGER");
        String token = hs256(TestDatabase.JWT_SECRET, claims(username));
        bearer(token).get("/api/users").expect(200);
        bearer(token).get("/api/users").expect(200);

        admin.patch("/api/users/" + username, Map.of("enabled", false)).expect(200);
        refused(token);
        admin.patch("/api/users/" + username, Map.of("enabled", true)).expect(200);
        refused(token); // every change to an account ends the sessions opened before it
    }

    private void refused(String token) {
        Api forged = bearer(token);
        forged.get("/api/users").expectProblem(401, "unauthorized");
        forged.post("/api/users", Map.of("username", "intruder", "password", "intruder-password",
                "roles", List.of("MANAGER"))).expectProblem(401, "unauthorized");
    }

    private Api bearer(String token) {
        return Api.at(server.getURI()).bearer(token);
    }

    private static Map<String, Object> claims(String subject) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subject);
        claims.put("roles", List.of("MANAGER"));
        claims.put("iss", "inventory-api");
        claims.put("iat", now);
        claims.put("nbf", now);
        claims.put("exp", now + 600);
        claims.put("opened", Instant.now().toEpochMilli());
        return claims;
    }

    private static String hs256(String key, Map<String, Object> claims) {
        return sign("HS256", "HmacSHA256", key, claims);
    }

    private static String sign(String alg, String mac, String key, Map<String, Object> claims) {
        String signed = encode("{\"alg\":\"" + alg + "\"}") + "." + encode(json(claims));
        try {
            Mac hmac = Mac.getInstance(mac);
            hmac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), mac));
            return signed + "." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(hmac.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Map<String, Object> claims) {
        return Api.json(claims);
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
