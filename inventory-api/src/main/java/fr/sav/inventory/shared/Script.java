package fr.sav.inventory.shared;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Several statements sent to the database in one round trip (the driver's {@code allowMultiQueries}, set in
 * application.properties), run in order in the caller's transaction. Each one's outcome is read back in the same order:
 * an update count, or the rows of a query. Values are bound as parameters, never spliced into the text.
 */
public final class Script {

    /** What one statement did: how many rows it changed, or the rows it read. */
    public record Outcome(int updated, List<Object[]> rows) {
    }

    private final JdbcOperations jdbc;
    private final StringBuilder text = new StringBuilder();
    private final List<Object> values = new ArrayList<>();
    private int statements;

    Script(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends a statement; answers its index among the outcomes. */
    public int add(String sql, Object... values) {
        if (statements > 0) {
            text.append(";\n");
        }
        text.append(sql);
        this.values.addAll(Arrays.asList(values));
        return statements++;
    }

    /**
     * Appends a procedure's {@code CALL} that answers one result (then its own status, a second outcome); answers the
     * result's index.
     */
    public int call(String sql, Object... values) {
        int result = add(sql, values);
        statements++;
        return result;
    }

    public boolean isEmpty() {
        return statements == 0;
    }

    /** Sends every statement at once and reads each one's outcome; a failing statement throws and stops the rest. */
    public List<Outcome> run() {
        if (statements == 0) {
            return List.of();
        }
        return jdbc.prepareStatement(text.toString(), statement -> {
            Sql.bind(statement, values.toArray());
            List<Outcome> outcomes = new ArrayList<>(statements);
            boolean rows = statement.execute();
            while (outcomes.size() < statements) {
                if (rows) {
                    try (ResultSet result = statement.getResultSet()) {
                        outcomes.add(new Outcome(-1, read(result)));
                    }
                } else {
                    outcomes.add(new Outcome(statement.getUpdateCount(), List.of()));
                }
                rows = statement.getMoreResults(Statement.CLOSE_CURRENT_RESULT);
            }
            return outcomes;
        });
    }

    private static List<Object[]> read(ResultSet result) throws SQLException {
        ResultSetMetaData columns = result.getMetaData();
        List<Object[]> rows = new ArrayList<>();
        while (result.next()) {
            Object[] row = new Object[columns.getColumnCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = result.getObject(i + 1);
            }
            rows.add(row);
        }
        return rows;
    }
}
