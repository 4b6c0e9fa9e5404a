package com.ks.platform.web.security;

import com.ks.platform.shared.DatabaseOutage;
import com.ks.platform.ui.Translations;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's outage answer for what happens outside a controller: the bearer token's account lookup, the
 * Idempotency-Key claim. Without it those failures fall through to the servlet container's error dispatch. Placed in
 * the API chain (not a bean, so it is not registered a second time for every request).
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    private final ProblemResponses problems;
    private final Translations translations;

    DatabaseOutageFilter(ProblemResponses problems, Translations translations) {
        this.problems = problems;
        this.translations = translations;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException failure) {
            if (response.isCommitted() || !DatabaseOutage.causedBy(failure)) {
                throw failure;
            }
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailableProblems.RETRY_AFTER_SECONDS);
            problems.write(
                    request,
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    translations.translate(request.getLocale(), "error.unavailable"),
                    "unavailable");
        }
    }
}
