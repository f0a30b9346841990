package fr.sav.inventory.security;

import fr.sav.inventory.support.Api;
import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.Fixtures;
import fr.sav.inventory.support.TestDatabase;
import fr.sav.inventory.support.TestUsers;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A password stored with the earlier, lighter hash still opens the account, and is stored again with today's. */
class PasswordUpgradeTest extends ApiTest {

    @Test
    void anOlderHashIsMadeAgainWithTodaysWorkAtTheNextLoginAndTheSessionsStand() throws SQLException {
        String username = Fixtures.key("legacy").toLowerCase();
        insert(username, PasswordHasher.hash(TestUsers.PASSWORD, 120_000));
        Api before = Api.at(server.getURI()).login(username, TestUsers.PASSWORD);

        Api basic = Api.at(server.getURI()).as(username, TestUsers.PASSWORD);
        basic.get("/api/parts").expect(200);

        String stored = hashOf(username);
        assertTrue(stored.startsWith("pbkdf2$" + PasswordHasher.ITERATIONS + "$"), stored);
        assertTrue(PasswordHasher.matches(TestUsers.PASSWORD, stored));
        before.get("/api/parts").expect(200);
        admin.anonymous().post("/api/login", Map.of("username", username, "password", TestUsers.PASSWORD)).expect(200);
        assertEquals(stored, hashOf(username), "made again once");
    }

    private static void insert(String username, String hash) throws SQLException {
        try (Connection db = connect(); PreparedStatement insert = db.prepareStatement("INSERT INTO app_user "
                + "(username, password_hash, roles, enabled, created_at, sessions_valid_from) VALUES (?, ?, 'BUYER', TRUE, ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now().minusSeconds(60));
            insert.setString(1, username);
            insert.setString(2, hash);
            insert.setTimestamp(3, now);
            insert.setTimestamp(4, now);
            insert.executeUpdate();
        }
    }

    private static String hashOf(String username) throws SQLException {
        try (Connection db = connect();
             PreparedStatement select = db.prepareStatement("SELECT password_hash FROM app_user WHERE username = ?")) {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static Connection connect() throws SQLException {
        TestDatabase.Server db = TestDatabase.server();
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }
}
