package fr.sav.inventory.shared;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.problem.ProblemErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.zalando.problem.ThrowableProblem;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every error is an RFC 9457 problem+json body: type, title, status, detail, then the problem's facts as
 * members of their own ({@code errors}, {@code available}, ...). Client errors (4xx) say what was wrong in
 * words a user can act on; server errors (5xx) never leak internals.
 */
@Singleton
@Replaces(ProblemErrorResponseProcessor.class)
class ProblemResponses implements ErrorResponseProcessor<Map<String, Object>> {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Pattern JACKSON_LOCATION = Pattern.compile("\\s*at \\[Source:.*$", Pattern.DOTALL);
    private static final Pattern UNKNOWN_ENUM = Pattern.compile("No enum constant [\\w.$]+\\.(\\w+)");
    private static final Pattern CONVERSION_PREFIX = Pattern.compile(
            "^Failed to convert argument \\[\\w+] for value \\[[^]]*] due to: (Cannot deserialize value of type `[^`]+` due to: )?");
    private static final Pattern DESERIALIZATION_PREFIX = Pattern.compile("Cannot deserialize value of type `[^`]+` due to: ");

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Map<String, Object>> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<Map<String, Object>>) response;
        }
        Map<String, Object> body = context.getRootCause()
                .filter(ThrowableProblem.class::isInstance)
                .map(cause -> body((ThrowableProblem) cause))
                .orElseGet(() -> defaultBody(context, response.getStatus()));
        return response.contentType(PROBLEM_JSON).body(body);
    }

    private static Map<String, Object> body(ThrowableProblem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus() == null ? 500 : problem.getStatus().getStatusCode());
        body.put("detail", problem.getDetail());
        problem.getParameters().forEach(body::putIfAbsent);
        return body;
    }

    private static Map<String, Object> defaultBody(ErrorContext context, HttpStatus status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "/problems/" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        body.put("title", status.getReason());
        body.put("status", status.getCode());
        body.put("detail", status.getCode() < 500
                ? context.getErrors().stream().findFirst().map(ProblemResponses::readable).orElse(status.getReason())
                : "The service could not complete the request; it has been logged.");
        return body;
    }

    /** Framework messages without parser positions or Java class names. */
    private static String readable(Error error) {
        String message = JACKSON_LOCATION.matcher(error.getMessage()).replaceAll("");
        message = UNKNOWN_ENUM.matcher(message).replaceAll("unknown value '$1'");
        message = CONVERSION_PREFIX.matcher(message).replaceAll("Invalid request body: ");
        return DESERIALIZATION_PREFIX.matcher(message).replaceAll("").trim();
    }
}
