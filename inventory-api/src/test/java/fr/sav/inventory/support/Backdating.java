package fr.sav.inventory.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Moves dates into the past for tests, straight in the database: the service never backdates them itself. */
public final class Backdating {

    private Backdating() {
    }

    /** The exchange's core is due on that day. */
    public static void coreDue(String exchange, LocalDate due) throws SQLException {
        TestDatabase.Server db = TestDatabase.server();
        try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE standard_exchange SET core_due_date = ? WHERE number = ?")) {
            update.setObject(1, due);
            update.setString(2, exchange);
            assertEquals(1, update.executeUpdate());
        }
    }
}
