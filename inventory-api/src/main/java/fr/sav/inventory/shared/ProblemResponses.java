package fr.sav.inventory.shared;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.problem.HttpStatusType;
import io.micronaut.problem.ProblemErrorResponseProcessor;
import io.micronaut.problem.conf.ProblemConfiguration;
import jakarta.inject.Singleton;
import org.zalando.problem.Problem;
import org.zalando.problem.ProblemBuilder;
import org.zalando.problem.ThrowableProblem;

import java.net.URI;
import java.util.Locale;

/**
 * Every error is problem+json with a type, a title, the status and a detail. Client errors (4xx) say
 * what was wrong; server errors (5xx) never leak internals.
 */
@Singleton
@Replaces(ProblemErrorResponseProcessor.class)
class ProblemResponses extends ProblemErrorResponseProcessor {

    ProblemResponses(ProblemConfiguration configuration) {
        super(configuration);
    }

    @Override
    protected ThrowableProblem defaultProblem(ErrorContext errorContext, HttpStatus status) {
        ProblemBuilder problem = Problem.builder()
                .withType(URI.create("/problems/" + status.name().toLowerCase(Locale.ROOT).replace('_', '-')))
                .withTitle(status.getReason())
                .withStatus(new HttpStatusType(status));
        String detail = status.getCode() < 500
                ? errorContext.getErrors().stream().findFirst().map(Error::getMessage).orElse(status.getReason())
                : "The service could not complete the request; it has been logged.";
        return problem.withDetail(detail).build();
    }
}
