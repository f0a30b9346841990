package fr.sav.inventory.shared;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Plain SQL on the current transaction's connection, for the queries Micronaut Data does not express well
 * (conditional stock updates, upserts, reporting joins). Instants are bound and read as UTC.
 */
@Singleton
public class Sql {

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Takes one row, for reading large results without holding them. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    private static final int ER_DUP_ENTRY = 1062;

    private final JdbcOperations jdbc;

    Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public int update(String sql, Object... values) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, values);
            return statement.executeUpdate();
        });
    }

    /**
     * Statements to send together, in one round trip, on the current transaction's connection: for a write path whose
     * statements do not need each other's answers before they run (the stock ledger's levels, totals and row).
     */
    public Script script() {
        return new Script(jdbc);
    }

    /** Runs one statement for many rows as a JDBC batch (the MariaDB driver sends it in bulk). */
    public void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, statement -> {
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    /**
     * Runs the work under a savepoint, again when it meets a duplicate key (what it wrote rolled back, the transaction
     * going on), at most {@code attempts} times: for work that reads what another transaction may be writing
     * meanwhile, and finds its rows once that transaction has committed. The last attempt's duplicate is thrown.
     */
    public <T> T againOnDuplicate(int attempts, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            Savepoint savepoint = jdbc.execute(Connection::setSavepoint);
            try {
                T result = work.get();
                jdbc.execute(connection -> {
                    connection.releaseSavepoint(savepoint);
                    return null;
                });
                return result;
            } catch (RuntimeException failure) {
                if (attempt >= attempts || !isDuplicateKey(failure)) {
                    throw failure;
                }
                jdbc.execute(connection -> {
                    connection.rollback(savepoint);
                    return null;
                });
            }
        }
    }

    /** Whether the database refused a write for a duplicate key, wherever in the causes it says so. */
    public static boolean isDuplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == ER_DUP_ENTRY) {
                return true;
            }
        }
        return false;
    }

    /** Inserts one row and answers its generated key. */
    public long insert(String sql, Object... values) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                bind(statement, values);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    public <T> List<T> list(String sql, Row<T> mapper, Object... values) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, values);
            List<T> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
            }
            return result;
        });
    }

    /** Streams the rows to the consumer, a batch at a time, without loading the whole result. */
    public void each(String sql, RowConsumer consumer, Object... values) {
        jdbc.prepareStatement(sql, statement -> {
            statement.setFetchSize(1_000);
            bind(statement, values);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(rows);
                }
            }
            return null;
        });
    }

    public <T> Optional<T> one(String sql, Row<T> mapper, Object... values) {
        List<T> rows = list(sql, mapper, values);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    public long count(String sql, Object... values) {
        return one(sql, row -> row.getLong(1), values).orElse(0L);
    }

    /** {@code (?,?,?)}: as many placeholders as values, for an {@code IN} list. */
    public static String placeholders(int count) {
        return "(" + "?,".repeat(count - 1) + "?)";
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    public static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    public static Long longValue(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    public static BigDecimal decimal(ResultSet row, String column) throws SQLException {
        return row.getBigDecimal(column);
    }

    /** Binds each value with its own setter: the driver's {@code setObject} searches its codecs for every value. */
    static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof String text) {
                statement.setString(i + 1, text);
            } else if (value instanceof Long number) {
                statement.setLong(i + 1, number);
            } else if (value instanceof Integer number) {
                statement.setInt(i + 1, number);
            } else if (value instanceof BigDecimal decimal) {
                statement.setBigDecimal(i + 1, decimal);
            } else if (value instanceof Boolean flag) {
                statement.setBoolean(i + 1, flag);
            } else if (value instanceof Instant instant) {
                // as UTC's wall time: the driver formats a Timestamp with a new SimpleDateFormat every time
                statement.setObject(i + 1, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else if (value instanceof java.time.LocalDate date) {
                statement.setDate(i + 1, java.sql.Date.valueOf(date));
            } else if (value instanceof Enum<?> constant) {
                statement.setString(i + 1, constant.name());
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
