package com.ks.platform.web.security;

import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.NotAllowed;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RateLimited;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.Translations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place where exceptions of the API's operations become RFC 9457 problem documents, in the language the client
 * asked for: domain errors, Spring MVC's own (unreadable body, wrong media type or method, bad parameters), and
 * anything else as a 500 with a correlation id. Add new mappings here.
 */
@RestControllerAdvice(basePackages = "com.ks.platform")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final Translations translations;
    private final ProblemResponses problems;

    ApiExceptionHandler(Translations translations, ProblemResponses problems) {
        this.translations = translations;
        this.problems = problems;
    }

    /** A service's own rate limit (registration, password reset): 429 with {@code Retry-After}. */
    @ExceptionHandler(RateLimited.class)
    ProblemDetail rateLimited(RateLimited error, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(error.retryAfterSeconds()));
        return problems.rateLimitedProblem(request, error);
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException error, Locale locale) {
        HttpStatus status = switch (error) {
            case NotFound notFound -> HttpStatus.NOT_FOUND;
            case NotAllowed notAllowed -> HttpStatus.FORBIDDEN;
            case RuleViolated violated when !violated.fieldErrors().isEmpty() -> HttpStatus.BAD_REQUEST;
            case RuleViolated violated -> HttpStatus.UNPROCESSABLE_CONTENT;
            default -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, translations.translate(locale, error.messageKey(), error.arguments()));
        problem.setType(URI.create(ProblemResponses.TYPE_PREFIX + error.messageKey()));
        if (error instanceof RuleViolated violated && !violated.fieldErrors().isEmpty()) {
            Map<String, String> fields = new TreeMap<>();
            // a message naming its field ({0}) names the request's field here
            violated.fieldErrors()
                    .forEach((field, key) -> fields.put(
                            field, translations.translate(locale, key).replace("{0}", field)));
            problem.setProperty("errors", fields);
        }
        return problem;
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail denied(Exception error) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Not allowed");
        return ProblemResponses.typed(problem);
    }

    /**
     * Anything not anticipated. Outside the API (product images) the servlet container's error page stays; a missing
     * sign-in goes back to the security chain, whose entry point answers 401 with its challenge.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception error, HttpServletRequest request) throws Exception {
        if (error instanceof AuthenticationException
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw error;
        }
        return problems.serverError(request, error);
    }

    /**
     * A body that is not the operation's JSON: which field is wrong and why, without the binder's Java type names. The
     * strict reading (no fractions for integers, no enum ordinals, no unknown fields, no duplicate keys) is set in
     * application.yml.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException error, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = request.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, translations.translate(locale, "error.api.unreadableBody"));
        problem.setType(URI.create(ProblemResponses.TYPE_PREFIX + "unreadable-body"));
        if (error.getCause() instanceof JacksonException jackson) {
            String field = fieldOf(jackson);
            String reason = switch (jackson) {
                case UnrecognizedPropertyException unknown -> translations.translate(locale, "error.api.unknownField");
                // syntax, duplicate keys, nesting too deep: Jackson's own words carry no internals
                case StreamReadException syntax -> syntax.getOriginalMessage();
                default -> translations.translate(locale, "error.api.wrongValue");
            };
            problem.setProperty("errors", Map.of(field.isEmpty() ? "(body)" : field, reason));
        }
        return handleExceptionInternal(error, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** The JSON path of the field at fault, e.g. {@code items[0].quantity}. */
    private static String fieldOf(JacksonException error) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : error.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Spring MVC's own problems get the stable type of their status instead of {@code about:blank}. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception error, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(error, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            ProblemResponses.typed(problem);
        }
        return response;
    }
}
