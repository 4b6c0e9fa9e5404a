package com.ks.platform.web.security;

import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.NotAllowed;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.Translations;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Domain errors of the API as RFC 9457 problem documents, in the language the client asked for. */
@RestControllerAdvice(basePackages = "com.ks.platform")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final Translations translations;

    ApiExceptionHandler(Translations translations) {
        this.translations = translations;
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException error, Locale locale) {
        HttpStatus status = switch (error) {
            case NotFound notFound -> HttpStatus.NOT_FOUND;
            case NotAllowed notAllowed -> HttpStatus.FORBIDDEN;
            case RuleViolated violated -> HttpStatus.UNPROCESSABLE_CONTENT;
            default -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, translations.translate(locale, error.messageKey(), error.arguments()));
        problem.setType(URI.create("urn:ks:problem:" + error.messageKey()));
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
        problem.setType(URI.create("urn:ks:problem:forbidden"));
        return problem;
    }
}
