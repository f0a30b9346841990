package fr.sav.inventory.shared;

import io.micronaut.http.HttpStatus;

import java.util.Map;

/** The request names a part, location, unit or document that does not exist. */
public final class NotFound extends DomainException {

    public NotFound(String what, String key) {
        super("not-found", "Not found", HttpStatus.NOT_FOUND, "No " + what + " '" + key + "'",
                Map.of("resource", what, "key", key));
    }
}
