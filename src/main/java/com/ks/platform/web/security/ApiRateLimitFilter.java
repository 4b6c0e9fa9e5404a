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
 * address ({@link RateLimit#API_PUBLIC_PER_CLIENT}). Signed payment notifications have their own gate (refusals per
 * source). Placed in the API chain, not a bean, so it is not registered a second time for every request.
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

    private static final String NOTIFICATIONS = SecurityConfiguration.SIGNED_NOTIFICATIONS.substring(
            0, SecurityConfiguration.SIGNED_NOTIFICATIONS.length() - 2);

    private final RateLimits limits;
    private final ProblemResponses problems;

    ApiRateLimitFilter(RateLimits limits, ProblemResponses problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + NOTIFICATIONS);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        var refusal = caller != null && caller.getPrincipal() instanceof ActorPrincipal actor
                ? limits.tryAcquire(RateLimit.API_PER_ACCOUNT, actor.accountId().toString())
                        .map(wait -> new RateLimited(RateLimit.API_PER_ACCOUNT, wait))
                : limits.tryAcquire(RateLimit.API_PUBLIC_PER_CLIENT, request.getRemoteAddr())
                        .map(wait -> new RateLimited(RateLimit.API_PUBLIC_PER_CLIENT, wait));
        if (refusal.isPresent()) {
            problems.rateLimited(request, response, refusal.get());
            return;
        }
        chain.doFilter(request, response);
    }
}
