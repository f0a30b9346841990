package fr.sav.inventory.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.transaction.exceptions.TransactionSystemException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * The last line for unexpected failures: an unreachable database is a 503 the client may retry, a
 * constraint the database enforced (the second guard of every invariant) or a stock figure too large for its
 * column is a 409, anything else a 500.
 */
@Produces
@Singleton
class DatabaseProblems implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseProblems.class);
    /** SQLSTATE of a value too large for its column. */
    private static final String OUT_OF_RANGE = "22003";

    private final ErrorResponseProcessor<?> responses;

    DatabaseProblems(ErrorResponseProcessor<?> responses) {
        this.responses = responses;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        DomainException problem = classify(exception);
        if (problem == null) {
            LOG.error("Unexpected failure on {} {}", request.getMethod(), request.getPath(), exception);
            return responses.processResponse(ErrorContext.builder(request).cause(exception).build(),
                    HttpResponse.status(HttpStatus.INTERNAL_SERVER_ERROR));
        }
        LOG.warn("{} {} refused by the database: {}", request.getMethod(), request.getPath(), exception.toString());
        return responses.processResponse(ErrorContext.builder(request).cause(problem).build(),
                HttpResponse.status(HttpStatus.valueOf(problem.getStatus().getStatusCode())));
    }

    static DomainException classify(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            // A transaction that could not even be rolled back or committed lost its connection on the way.
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException || cause instanceof TransactionSystemException) {
                return new DatabaseUnavailable();
            }
            if (cause instanceof SQLException sql && OUT_OF_RANGE.equals(sql.getSQLState())) {
                return new Conflict("quantity-out-of-range", "More than a stock figure can hold",
                        "The change would take a stock level beyond 2,147,483,647 pieces: put the rest at another "
                                + "location, or check the quantity");
            }
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return new Conflict("constraint-violated", "Refused by a database rule",
                        "The database refused the change: " + cause.getMessage());
            }
        }
        return null;
    }
}
