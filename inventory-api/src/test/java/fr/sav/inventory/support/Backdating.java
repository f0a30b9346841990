package fr.sav.inventory.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Moves dates into the past for tests, straight in the database: the service never backdates them itself. */
public final class Backdating {

    private Backdating() {
    }

    /** The exchange's core is due on that day. */
    public static void coreDue(String exchange, LocalDate due) throws SQLException {
        assertEquals(1, update("UPDATE standard_exchange SET core_due_date = ? WHERE number = ?", due, exchange));
    }

    /** The loan's unit is due back on that day. */
    public static void loanDue(String loan, LocalDate due) throws SQLException {
        assertEquals(1, update("UPDATE loan SET due_date = ? WHERE number = ?", due, loan));
    }

    /** The purchase request was ordered (sent to its supplier) at that instant. */
    public static void ordered(String request, Instant at) throws SQLException {
        assertEquals(1, update("UPDATE purchase_request_event e JOIN purchase_request r ON r.id = e.request_id "
                + "SET e.occurred_at = ? WHERE r.number = ? AND e.to_status = 'ORDERED'", Timestamp.from(at), request));
    }

    /** What was received on the purchase request arrived at that instant. */
    public static void received(String request, Instant at) throws SQLException {
        assertNotEquals(0, update("UPDATE stock_movement SET occurred_at = ? WHERE reference = ? AND type = 'RECEIPT'",
                Timestamp.from(at), request));
    }

    /** The idempotency record made under that key was made at that instant. */
    public static void idempotencyRecord(String key, Instant at) throws SQLException {
        assertEquals(1, update("UPDATE idempotency_record SET created_at = ? WHERE idempotency_key = ?", Timestamp.from(at), key));
    }

    private static int update(String sql, Object... values) throws SQLException {
        TestDatabase.Server db = TestDatabase.server();
        try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
             PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            return update.executeUpdate();
        }
    }
}
