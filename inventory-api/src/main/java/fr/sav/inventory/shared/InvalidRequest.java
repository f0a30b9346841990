package fr.sav.inventory.shared;

import io.micronaut.http.HttpStatus;

import java.util.List;
import java.util.Map;

/** Malformed or invalid input; {@code errors} lists each field at fault. */
public final class InvalidRequest extends DomainException {

    public InvalidRequest(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidRequest(List<FieldError> errors) {
        super("invalid-request", "Invalid request", HttpStatus.BAD_REQUEST, describe(errors), Map.of("errors", errors));
    }

    private static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("");
    }
}
