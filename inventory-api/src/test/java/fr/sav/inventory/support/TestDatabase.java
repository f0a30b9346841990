package fr.sav.inventory.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MariaDBContainer;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TimeZone;

/**
 * The real MariaDB the tests run against: a Testcontainers MariaDB where a Docker engine is present,
 * otherwise the server in {@code INVENTORY_TEST_DB_URL}, otherwise 127.0.0.1:3306. If none answers the
 * tests fail and say why; they are never skipped.
 */
public final class TestDatabase {

    public static final String DEFAULT_URL =
            "jdbc:mariadb://127.0.0.1:3306/inventory_test?createDatabaseIfNotExist=true";

    /** The secret the service signs its bearer tokens with in the tests (a forged token is signed with others). */
    public static final String JWT_SECRET = "test-secret-test-secret-test-secret-0123456789";

    private static Server server;

    private TestDatabase() {
    }

    public record Server(String url, String username, String password) {
    }

    public static synchronized Server server() {
        if (server == null) {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            server = DockerClientFactory.instance().isDockerAvailable() ? container() : configured();
            check(server);
        }
        return server;
    }

    /** A URL to another, new database on the same server (for tests that need an empty one). */
    public static String otherDatabase(String name) {
        URI url = URI.create(server().url().substring("jdbc:".length()));
        return "jdbc:" + url.getScheme() + "://" + url.getAuthority() + "/" + name + "?createDatabaseIfNotExist=true";
    }

    public static void drop(String name) {
        Server db = server();
        try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The properties that point a Micronaut context at the test database. The notifier stays off: in a database
     * every test class writes to, its rounds would tell hundreds of test accounts of thousands of things. The demand
     * rollup runs only when suggestions ask for it, so that a test may move a movement's date before it is rolled up.
     */
    public static Map<String, String> properties() {
        Server db = server();
        return Map.of(
                "micronaut.server.port", "-1",
                "datasources.default.url", db.url(),
                "datasources.default.username", db.username(),
                "datasources.default.password", db.password(),
                "inventory.admin-password", TestUsers.ADMIN_PASSWORD,
                "inventory.jwt-secret", JWT_SECRET,
                "inventory.notify.enabled", "false",
                "inventory.purchasing.rollup-initial-delay", "1h");
    }

    private static Server container() {
        MariaDBContainer<?> container = new MariaDBContainer<>("mariadb:11.4").withDatabaseName("inventory_test")
                .withUsername("root").withPassword("test");
        container.start();
        return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static Server configured() {
        String url = System.getenv().getOrDefault("INVENTORY_TEST_DB_URL", DEFAULT_URL);
        return new Server(url, System.getenv().getOrDefault("INVENTORY_TEST_DB_USERNAME", "root"),
                System.getenv().getOrDefault("INVENTORY_TEST_DB_PASSWORD", ""));
    }

    private static void check(Server db) {
        try (Connection ignored = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            // reachable
        } catch (SQLException e) {
            throw new IllegalStateException("No database for the tests: no Docker engine for Testcontainers, and "
                    + db.url() + " does not answer (" + e.getMessage() + "). Start MariaDB (bash .ci/run does) or set "
                    + "INVENTORY_TEST_DB_URL.", e);
        }
    }
}
