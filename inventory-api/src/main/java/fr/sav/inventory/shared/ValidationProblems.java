package fr.sav.inventory.shared;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.problem.violations.ProblemConstraintViolationExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Bean-validation failures become a 400 problem whose {@code errors} name each field and what is wrong with it. */
@Produces
@Singleton
@Replaces(ProblemConstraintViolationExceptionHandler.class)
class ValidationProblems implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {

    private static final Set<String> FACTS = Set.of("min", "max", "value", "integer", "fraction");

    private final ErrorResponseProcessor<?> responses;

    ValidationProblems(ErrorResponseProcessor<?> responses) {
        this.responses = responses;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
        List<FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v), v.getMessage(),
                        v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), facts(v)))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return responses.processResponse(
                ErrorContext.builder(request).cause(new InvalidRequest(errors)).build(),
                HttpResponse.status(HttpStatus.BAD_REQUEST));
    }

    /** The constraint's bounds a user needs to hear (min, max, value, integer and fraction digits), if any. */
    private static Map<String, Object> facts(ConstraintViolation<?> violation) {
        Map<String, Object> facts = new TreeMap<>();
        violation.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
            if (FACTS.contains(name)) {
                facts.put(name, value);
            }
        });
        return facts.isEmpty() ? null : facts;
    }

    /** "create.request.lines[0].sku" becomes "lines[0].sku": the path inside the request body or parameter. */
    private static String field(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        boolean inParameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                inParameter = true;
                names.clear();
                names.add(node.getName());
                continue;
            }
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            String name = node.getName() == null ? "" : node.getName();
            if (node.getIndex() != null) {
                name = name + "[" + node.getIndex() + "]";
            }
            if (inParameter && names.size() == 1 && isBodyParameter(names.get(0))) {
                names.clear();
            }
            names.add(name);
        }
        return names.isEmpty() ? "request" : String.join(".", names);
    }

    private static boolean isBodyParameter(String name) {
        return name.equals("request") || name.equals("body");
    }
}
