package fr.sav.inventory.shared;

import io.micronaut.http.HttpStatus;
import io.micronaut.problem.HttpStatusType;
import org.zalando.problem.AbstractThrowableProblem;

import java.net.URI;
import java.util.Map;

/**
 * A refused request, rendered as RFC 9457 problem+json: a stable {@code type} under {@code /problems/},
 * a title, the HTTP status and a detail a storekeeper can act on, plus the facts as extra members.
 */
public abstract class DomainException extends AbstractThrowableProblem {

    protected DomainException(String type, String title, HttpStatus status, String detail) {
        this(type, title, status, detail, Map.of());
    }

    protected DomainException(String type, String title, HttpStatus status, String detail, Map<String, Object> facts) {
        super(URI.create("/problems/" + type), title, new HttpStatusType(status), detail, null, null, facts);
    }

    /** Problems carry no stack trace: they are answers, not crashes. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
