package com.ks.platform.web.security;

import com.ks.platform.shared.RateLimit;
import com.ks.platform.shared.RateLimited;
import com.ks.platform.shared.RateLimits;
import com.ks.platform.ui.Translations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's problem documents (RFC 9457) where Spring MVC's exception handling does not reach: 401 and 403 from the
 * security chain, errors raised below or beside the controllers, and server errors. Every problem carries a stable
 * {@code type} ({@code urn:ks:problem:<name>}) a client can switch on.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String TYPE_PREFIX = "urn:ks:problem:";
    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    private final JsonMapper json;
    private final Translations translations;
    // computes the RFC 6750 challenge: error="invalid_token" when a token was given and refused, a bare one otherwise
    private final BearerTokenAuthenticationEntryPoint challenges = new BearerTokenAuthenticationEntryPoint();

    private final RateLimits rateLimits;

    ProblemResponses(JsonMapper json, Translations translations, RateLimits rateLimits) {
        this.json = json;
        this.translations = translations;
        this.rateLimits = rateLimits;
    }

    @Override
    public void commence(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException authException)
            throws IOException {
        challenges.commence(request, response, authException);
        HttpStatus status = HttpStatus.valueOf(response.getStatus());
        write(request, response, status, status == HttpStatus.UNAUTHORIZED ? "Authentication required" : null, null);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (request.getAttribute(ApiScopes.REQUIRED) instanceof String scope) {
            // RFC 6750 §3.1: the client may ask the person for a token with this scope
            response.setHeader(
                    HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer error=\"insufficient_scope\", error_description=\"The token lacks the scope " + scope
                            + "\", scope=\"" + scope + "\"");
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.FORBIDDEN, "The token does not grant the scope this operation needs: " + scope);
            problem.setType(URI.create(TYPE_PREFIX + "insufficient-scope"));
            problem.setProperty("scope", scope);
            write(request, response, problem);
            return;
        }
        write(request, response, HttpStatus.FORBIDDEN, "Not allowed", "forbidden");
    }

    /** The stable type of a problem that has no more specific one than its HTTP status. */
    static URI typeFor(HttpStatusCode status) {
        String name = switch (status.value()) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "content-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "rate-limited";
            case 500 -> "server-error";
            case 503 -> "unavailable";
            default -> "http-" + status.value();
        };
        return URI.create(TYPE_PREFIX + name);
    }

    /** A problem without a more specific type gets the one of its status. */
    static ProblemDetail typed(ProblemDetail problem) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(typeFor(HttpStatusCode.valueOf(problem.getStatus())));
        }
        return problem;
    }

    /**
     * A failure nobody anticipated: logged with its stack trace under a fresh correlation id, answered with that id
     * only, so the client can quote it and support can find the log line, while nothing internal leaves the server.
     */
    ProblemDetail serverError(HttpServletRequest request, Throwable error) {
        String correlationId = UUID.randomUUID().toString();
        log.error(
                "API request {} {} failed; correlation id {}",
                request.getMethod(),
                request.getRequestURI(),
                correlationId,
                error);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR,
                translations.translate(localeOf(request), "error.api.serverError", correlationId));
        problem.setProperty("correlationId", correlationId);
        return typed(problem);
    }

    /** 429 with {@code Retry-After} (RFC 9110 §10.2.3) in whole seconds, and the same wait in words. */
    ProblemDetail rateLimitedProblem(HttpServletRequest request, RateLimited limited) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.TOO_MANY_REQUESTS,
                translations.translate(localeOf(request), limited.messageKey(), limited.arguments()));
        problem.setType(typeFor(HttpStatus.TOO_MANY_REQUESTS));
        problem.setProperty("retryAfterSeconds", limited.retryAfterSeconds());
        return problem;
    }

    void rateLimited(HttpServletRequest request, HttpServletResponse response, RateLimited limited) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(limited.retryAfterSeconds()));
        write(request, response, rateLimitedProblem(request, limited));
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail, String type)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (type != null) {
            problem.setType(URI.create(TYPE_PREFIX + type));
        }
        write(request, response, problem);
    }

    void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        typed(problem);
        if (problem.getInstance() == null) {
            try {
                problem.setInstance(URI.create(request.getRequestURI()));
            } catch (IllegalArgumentException notAUri) {
                // a rejected URL need not be a valid URI; the problem is still answered, without an instance
            }
        }
        if (!response.containsHeader(ApiRateLimitFilter.LIMIT)) {
            // refused before the rate-limit filter ran (bad token, oversized body, rejected URL): the address's
            // allowance
            RateLimits.Allowance allowance = rateLimits.peek(RateLimit.API_PUBLIC_PER_CLIENT, request.getRemoteAddr());
            response.setHeader(ApiRateLimitFilter.LIMIT, String.valueOf(allowance.limit()));
            response.setHeader(ApiRateLimitFilter.REMAINING, String.valueOf(allowance.remaining()));
            response.setHeader(
                    ApiRateLimitFilter.RESET,
                    String.valueOf(allowance.untilFull().toSeconds()));
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private static Locale localeOf(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Translations.CHINESE : request.getLocale();
    }
}
