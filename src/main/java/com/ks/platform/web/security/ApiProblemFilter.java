package com.ks.platform.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every error of {@code /api/**} leaves as a problem document, whoever raises it. Without this filter a status sent by
 * the servlet machinery ({@code sendError}: an unsupported method, an unreadable request) or an exception escaping a
 * filter is dispatched to {@code /error}, which is not an API path: the UI's security chain answered it with an empty
 * 403 or a redirect to the login page. Here {@code sendError} writes the problem in place and nothing is dispatched.
 * It runs before the security chain, so URLs its firewall rejects ({@code %2f}, {@code ;}) are answered too, and it
 * refuses bodies larger than {@link #MAX_BODY} before anything reads them.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10)
class ApiProblemFilter extends OncePerRequestFilter {

    /** No API request needs more; the OpenAPI document says so. */
    static final long MAX_BODY = 256 * 1024;

    private final ProblemResponses problems;

    ApiProblemFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "At most " + MAX_BODY + " bytes", null);
            return;
        }
        try {
            chain.doFilter(request, new ProblemOnSendError(request, response));
        } catch (RequestRejectedException rejected) {
            if (!response.isCommitted()) {
                response.reset();
                problems.write(request, response, HttpStatus.BAD_REQUEST, "This URL is not accepted", "rejected-url");
            }
        } catch (IOException | ServletException | RuntimeException error) {
            if (causedBy(error, RequestRejectedException.class) && !response.isCommitted()) {
                response.reset();
                problems.write(request, response, HttpStatus.BAD_REQUEST, "This URL is not accepted", "rejected-url");
            } else if (!response.isCommitted()) {
                response.reset();
                problems.write(request, response, problems.serverError(request, error));
            } else {
                throw error;
            }
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> kind) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Turns the container's error pages into problem documents, written at once. */
    private final class ProblemOnSendError extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        ProblemOnSendError(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("the response is already committed");
            }
            resetBuffer();
            // the container's message may describe internals; the status and its type say what a client needs
            problems.write(request, (HttpServletResponse) getResponse(), ProblemDetail.forStatus(status));
        }
    }
}
