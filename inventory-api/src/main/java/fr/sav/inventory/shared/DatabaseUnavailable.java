package fr.sav.inventory.shared;

import io.micronaut.http.HttpStatus;

/** The database does not answer: nothing was changed, the request may be sent again. */
public final class DatabaseUnavailable extends DomainException {

    public DatabaseUnavailable() {
        super("database-unavailable", "Database unavailable", HttpStatus.SERVICE_UNAVAILABLE,
                "The database does not answer; nothing was changed. Try again in a moment.");
    }
}
