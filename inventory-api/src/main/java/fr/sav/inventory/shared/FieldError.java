package fr.sav.inventory.shared;

import io.micronaut.serde.annotation.Serdeable;

/** One invalid field of a request, and why. */
@Serdeable
public record FieldError(String field, String message) {
}
