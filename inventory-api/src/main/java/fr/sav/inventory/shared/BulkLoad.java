package fr.sav.inventory.shared;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;

/** Rows written in bulk on the current transaction's connection, the way the database takes them fastest. */
@Singleton
public class BulkLoad {

    private final JdbcOperations jdbc;

    BulkLoad(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends rows to a table through {@code LOAD DATA LOCAL INFILE}, streamed from memory: the database's own fastest
     * way in, several times cheaper for it than the same rows as INSERTs. True when every row went in as given; false,
     * with nothing written and the transaction going on, when one did not (a duplicate key or a value the column does
     * not take, which LOAD DATA LOCAL only warns of) or when the server refuses LOCAL loads: write them otherwise then.
     */
    public boolean append(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return true;
        }
        String load = "LOAD DATA LOCAL INFILE 'rows.tsv' INTO TABLE " + table + " CHARACTER SET utf8mb4 FIELDS TERMINATED "
                + "BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (" + String.join(", ", columns) + ")";
        return jdbc.execute(connection -> {
            Savepoint savepoint = connection.setSavepoint();
            try (Statement statement = connection.createStatement()) {
                statement.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(TabSeparatedRows.of(rows));
                if (statement.executeUpdate(load) == rows.size() && statement.getWarnings() == null) {
                    connection.releaseSavepoint(savepoint);
                    return true;
                }
            } catch (SQLException failure) {
                if (Transactions.isRetryable(failure)) {
                    throw failure;
                }
            }
            connection.rollback(savepoint);
            return false;
        });
    }
}
