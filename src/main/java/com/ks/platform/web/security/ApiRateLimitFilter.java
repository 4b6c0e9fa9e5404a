package com.ks.platform.web.security;

import com.ks.platform.shared.ActorPrincipal;
import com.ks.platform.shared.RateLimit;
import com.ks.platform.shared.RateLimited;
import com.ks.platform.shared.RateLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's rate limits, after the bearer token was read: a call with a token counts against the account it acts as
 * ({@link RateLimit#API_PER_ACCOUNT}, whichever client and address it comes from), one without against the client's
 * address ({@link RateLimit#API_PUBLIC_PER_CLIENT}). Signed payment notifications spend nothing here: only their
 * refusals count, per source ({@code payment.NotificationGate}). Every answer carries {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset} (seconds until the allowance is whole), so a client can pace
 * itself. Placed in the API chain, not a bean, so it is not registered a second time for every request.
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";

    private static final String NOTIFICATIONS = SecurityConfiguration.SIGNED_NOTIFICATIONS.substring(
            0, SecurityConfiguration.SIGNED_NOTIFICATIONS.length() - 2);

    private final RateLimits limits;
    private final ProblemResponses problems;

    ApiRateLimitFilter(RateLimits limits, ProblemResponses problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimits.Allowance allowance;
        RateLimit limit;
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (request.getRequestURI().startsWith(request.getContextPath() + NOTIFICATIONS)) {
            limit = RateLimit.REFUSED_NOTIFICATIONS_PER_SOURCE;
            allowance = limits.peek(limit, request.getRemoteAddr());
        } else if (caller != null && caller.getPrincipal() instanceof ActorPrincipal actor) {
            limit = RateLimit.API_PER_ACCOUNT;
            allowance = limits.take(limit, actor.accountId().toString());
        } else {
            limit = RateLimit.API_PUBLIC_PER_CLIENT;
            allowance = limits.take(limit, request.getRemoteAddr());
        }
        response.setHeader(LIMIT, String.valueOf(allowance.limit()));
        response.setHeader(REMAINING, String.valueOf(allowance.remaining()));
        response.setHeader(RESET, String.valueOf((allowance.untilFull().toMillis() + 999) / 1000));
        if (limit != RateLimit.REFUSED_NOTIFICATIONS_PER_SOURCE
                && allowance.refusedFor().isPresent()) {
            problems.rateLimited(
                    request,
                    response,
                    new RateLimited(limit, allowance.refusedFor().get()));
            return;
        }
        chain.doFilter(request, response);
    }
}
