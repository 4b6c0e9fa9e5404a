package com.ks.platform.web.security;

import com.ks.platform.shared.RateLimit;
import com.ks.platform.shared.RateLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Password sign-in attempts per client address and per e-mail address, before the password is checked (so a limited
 * guesser learns nothing and costs no hash). A refused attempt goes back to the login page, which says how long to
 * wait. The account lock ({@code ks.security.lock-after-failures}) still counts failures in the database beside this.
 */
class SignInRateLimitFilter extends OncePerRequestFilter {

    /** The login page's query parameter value that makes it say "too many attempts". */
    static final String ERROR = "rate-limited";

    private final RateLimits limits;

    SignInRateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + "/login").equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = Optional.ofNullable(request.getParameter("username"))
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .orElse("");
        Optional<Duration> wait = limits.tryAcquire(RateLimit.SIGN_IN_PER_ADDRESS, request.getRemoteAddr());
        if (wait.isEmpty() && !email.isEmpty()) {
            wait = limits.tryAcquire(RateLimit.SIGN_IN_PER_ACCOUNT, email);
        }
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            response.setHeader(
                    HttpHeaders.RETRY_AFTER,
                    String.valueOf(Math.max(1, wait.get().toSeconds())));
            response.sendRedirect(request.getContextPath() + "/login?error=" + ERROR + "&wait=" + minutes);
            return;
        }
        chain.doFilter(request, response);
    }
}
