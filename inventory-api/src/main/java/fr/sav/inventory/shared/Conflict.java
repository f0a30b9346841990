package fr.sav.inventory.shared;

import io.micronaut.http.HttpStatus;

import java.util.Map;

/** A business rule refused the request (duplicate key, wrong state, a rule of the trade). */
public class Conflict extends DomainException {

    public Conflict(String type, String title, String detail) {
        super(type, title, HttpStatus.CONFLICT, detail);
    }

    public Conflict(String type, String title, String detail, Map<String, Object> facts) {
        super(type, title, HttpStatus.CONFLICT, detail, facts);
    }

    public static Conflict duplicate(String what, String key) {
        return new Conflict("duplicate", "Already exists", what + " '" + key + "' already exists",
                Map.of("resource", what, "key", key));
    }
}
