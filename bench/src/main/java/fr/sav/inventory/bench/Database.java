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

    java.util.Map<String, String> serviceEnv() {
        return java.util.Map.of("DATASOURCES_DEFAULT_URL", "jdbc:mariadb://" + host + ":" + port + "/" + name,
                "DATASOURCES_DEFAULT_USERNAME", user, "DATASOURCES_DEFAULT_PASSWORD", password);
    }
}
