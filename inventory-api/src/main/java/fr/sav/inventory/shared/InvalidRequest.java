package fr.sav.inventory.shared;

import io.micronaut.http.HttpStatus;

import java.util.List;
import java.util.Map;

/** Malformed or invalid input; {@code errors} lists each field at fault, with the rule that refused it. */
public final class InvalidRequest extends DomainException {

    /** One field refused by {@code rule}; facts are name, value pairs the pages say it with. */
    public InvalidRequest(String field, FieldRule rule, String message, Object... facts) {
        this(FieldError.of(field, rule, message, facts));
    }

    public InvalidRequest(FieldError error) {
        this(List.of(error));
    }

    public InvalidRequest(List<FieldError> errors) {
        super("invalid-request", "Invalid request", HttpStatus.BAD_REQUEST, describe(errors), Map.of("errors", errors));
    }

    private static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("");
    }
}
