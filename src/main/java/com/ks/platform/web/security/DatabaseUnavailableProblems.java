package com.ks.platform.web.security;

import com.ks.platform.shared.DatabaseOutage;
import com.ks.platform.ui.Translations;
import java.net.URI;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * While the database is away the API answers at once (Hikari gives up on a connection after ~2 s) with a 503 problem
 * and {@code Retry-After}, so clients back off and retry with their {@code Idempotency-Key} instead of seeing a 500.
 * Ordered before the other handlers: these exceptions are outages, whatever else would match them.
 */
@RestControllerAdvice(basePackages = "com.ks.platform")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableProblems {

    static final String RETRY_AFTER_SECONDS = "5";

    private final Translations translations;

    DatabaseUnavailableProblems(Translations translations) {
        this.translations = translations;
    }

    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        TransientDataAccessResourceException.class,
        CannotCreateTransactionException.class,
        TransactionSystemException.class, // a rollback failing on the dropped connection (DatabaseOutage)
        org.jooq.exception.DataAccessException.class
    })
    ResponseEntity<ProblemDetail> unavailable(Exception error, Locale locale) throws Exception {
        if (!DatabaseOutage.causedBy(error)) {
            throw error; // a failing statement, not an outage: the usual handling
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, translations.translate(locale, "error.unavailable"));
        problem.setType(URI.create("urn:ks:problem:unavailable"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }
}
