package fr.sav.inventory.shared;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.bind.binders.AnnotatedRequestArgumentBinder;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * A flag in a query ({@code dryRun}, {@code createParts}, {@code excel}, {@code overdue}...) is {@code true} or
 * {@code false}, given once: the framework on its own reads {@code 1} or {@code yes} as false, and {@code dryRun=1}
 * applied an import. Anything else is a 400 that names the flag; an absent flag is no flag.
 */
@Singleton
class StrictQueryFlags implements AnnotatedRequestArgumentBinder<QueryValue, Boolean>, TypedRequestArgumentBinder<Boolean> {

    @Override
    public Class<QueryValue> getAnnotationType() {
        return QueryValue.class;
    }

    @Override
    public Argument<Boolean> argumentType() {
        return Argument.of(Boolean.class);
    }

    @Override
    public List<Class<?>> superTypes() {
        return List.of(boolean.class);
    }

    @Override
    public BindingResult<Boolean> bind(ArgumentConversionContext<Boolean> context, HttpRequest<?> source) {
        String name = context.getAnnotationMetadata().stringValue(QueryValue.class).filter(value -> !value.isBlank())
                .orElse(context.getArgument().getName());
        List<String> values = source.getParameters().getAll(name);
        if (values.isEmpty()) {
            return BindingResult.empty();
        }
        if (values.size() == 1 && (values.get(0).equals("true") || values.get(0).equals("false"))) {
            Optional<Boolean> flag = Optional.of(Boolean.valueOf(values.get(0)));
            return () -> flag;
        }
        throw new InvalidRequest(name, FieldRule.TRUE_OR_FALSE,
                "must be true or false, not '" + String.join(",", values) + "'",
                "value", String.join(",", values));
    }
}
