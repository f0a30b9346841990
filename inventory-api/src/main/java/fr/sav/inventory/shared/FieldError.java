package fr.sav.inventory.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One invalid field of a request, and why: the English {@code message} for API clients, and the {@code rule} that
 * refused it with its {@code facts}, so that a page can say it in the user's language. The rule is a bean-validation
 * constraint ({@code NotNull}, {@code Size}; facts: min, max, value...) or one of the service's own
 * {@link FieldRule}s ({@code unknown-location}; facts: location).
 */
@Serdeable
public record FieldError(String field, String message, @Nullable String rule, @Nullable Map<String, Object> facts) {

    /** A refusal by one of the service's rules; facts are name, value pairs, and a null value is left out. */
    public static FieldError of(String field, FieldRule rule, String message, Object... facts) {
        if (facts.length % 2 != 0) {
            throw new IllegalArgumentException("facts are name, value pairs: " + facts.length + " given");
        }
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < facts.length; i += 2) {
            if (facts[i + 1] != null) {
                named.put((String) facts[i], facts[i + 1]);
            }
        }
        return new FieldError(field, message, rule.key(), named.isEmpty() ? null : named);
    }
}
