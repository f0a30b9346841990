package fr.sav.inventory.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * One invalid field of a request, and why; a bean-validation refusal also names its {@code constraint}
 * ({@code NotNull}, {@code Size}...) and the {@code limits} it was checked against, so that a page can say it in
 * the user's language.
 */
@Serdeable
public record FieldError(String field, String message, @Nullable String constraint, @Nullable Map<String, Object> limits) {

    public FieldError(String field, String message) {
        this(field, message, null, null);
    }
}
