package fr.sav.inventory.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A MariaDB server and one database on it, reached over JDBC as the service reaches it. */
record Database(String host, int port, String name, String user, String password) {

    static Database local(String name) {
        return new Database("127.0.0.1", 3306, name, System.getenv().getOrDefault("BENCH_DB_USER", "root"),
                System.getenv().getOrDefault("BENCH_DB_PASSWORD", ""));
    }

    String url() {
        return "jdbc:mariadb://" + host + ":" + port + "/" + name + "?createDatabaseIfNotExist=true&allowLocalInfile=true";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    /** A connection with these driver options ({@code name=value&...}). */
    Connection connect(String options) throws SQLException {
        return DriverManager.getConnection(url() + (url().contains("?") ? "&" : "?") + options, user, password);
    }

    /** Drops and re-creates the database: each benchmark starts from an empty schema the service migrates. */
    void recreate() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://" + host + ":" + port + "/", user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    long count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    void execute(String... statements) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /**
     * Waits, a minute at most, until the server has written back the pages earlier work left dirty: down to 5 % of its
     * buffer pool, or until it stops writing them back (an idle server keeps a few). A load timed while the server
     * still flushes the previous one's million rows (at its I/O capacity, a few MB/s here) competes with that
     * flushing, and measures the order of the steps more than their cost.
     */
    void quiesce() throws SQLException, InterruptedException {
        long started = System.nanoTime();
        long total = status("INNODB_BUFFER_POOL_PAGES_TOTAL");
        long dirty = status("INNODB_BUFFER_POOL_PAGES_DIRTY");
        long twoSecondsAgo = Long.MAX_VALUE;
        for (int check = 1; dirty * 20 > total && System.nanoTime() - started < 60_000_000_000L; check++) {
            if (check % 8 == 0) {
                if (dirty >= twoSecondsAgo) {
                    break;
                }
                twoSecondsAgo = dirty;
            }
            Thread.sleep(250);
            dirty = status("INNODB_BUFFER_POOL_PAGES_DIRTY");
        }
        Bench.log("database quiet after %.1f s (%d of %d pages dirty)", (System.nanoTime() - started) / 1e9, dirty, total);
    }

    private long status(String variable) throws SQLException {
        return count("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = '" + variable + "'");
    }

    java.util.Map<String, String> serviceEnv() {
        return java.util.Map.of("DATASOURCES_DEFAULT_URL", "jdbc:mariadb://" + host + ":" + port + "/" + name,
                "DATASOURCES_DEFAULT_USERNAME", user, "DATASOURCES_DEFAULT_PASSWORD", password);
    }
}
