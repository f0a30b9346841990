package fr.sav.inventory.shared;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Document numbers such as {@code RO-2026-000123}: one counter per prefix and year, kept in the database
 * and taken in the caller's transaction, so that any number of service instances never hand out a number twice.
 */
@Singleton
public class DocumentNumbers {

    private final Sql sql;
    private final Clock clock;

    DocumentNumbers(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    public String next(String prefix) {
        int year = LocalDate.now(clock.withZone(ZoneOffset.UTC)).getYear();
        sql.update("INSERT INTO document_sequence (prefix, year, last_value) VALUES (?, ?, LAST_INSERT_ID(1)) "
                + "ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)", prefix, year);
        long value = sql.count("SELECT LAST_INSERT_ID()");
        return String.format("%s-%d-%06d", prefix, year, value);
    }
}
