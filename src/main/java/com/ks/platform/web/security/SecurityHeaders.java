package com.ks.platform.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser-side defences on every response — pages, API, static files, error pages and the refusals of blocked
 * sources — set before anything else runs, so no later filter or error path can answer without them (Spring
 * Security's own header writers then find them present and add nothing). docs/DECISIONS.md says why each directive
 * is what it is, and what Vaadin Flow 25.2 needs.
 */
class SecurityHeaders extends OncePerRequestFilter {

    /**
     * Pages: Vaadin's bootstrap page starts its client engine with an inline script, and the engine builds functions
     * from the JavaScript the server sends (executeJs, event data expressions such as a click's coordinates) — so
     * script-src needs 'unsafe-inline' and 'unsafe-eval' on 25.2 (its nonce-based strict mode arrives with 25.4);
     * Lumo and the components set inline styles. Everything else is this origin only: no plug-ins, no foreign
     * framing, no foreign form targets, no {@code <base>} rewriting, and connections (UIDL, push) to this origin.
     */
    static final String PAGE_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'self'";

    /** API answers are data, never a document: nothing may load from them or frame them. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), browsing-topics=()";

    /** {@code ks.security-headers.*}: HSTS is sent only where TLS terminates in front of the app (production). */
    @ConfigurationProperties("ks.security-headers")
    record Settings(boolean hsts, Duration hstsMaxAge, boolean hstsIncludeSubdomains) {
        Settings {
            hstsMaxAge = hstsMaxAge == null ? Duration.ofDays(365) : hstsMaxAge;
        }
    }

    private final String hsts;

    SecurityHeaders(Settings settings) {
        this.hsts = settings.hsts()
                ? "max-age=" + settings.hstsMaxAge().toSeconds()
                        + (settings.hstsIncludeSubdomains() ? "; includeSubDomains" : "")
                : null;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        response.setHeader("Content-Security-Policy", api ? API_POLICY : PAGE_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        if (hsts != null) {
            // written on plain HTTP too: TLS ends at the proxy in front, and browsers ignore HSTS not received over TLS
            response.setHeader("Strict-Transport-Security", hsts);
        }
        chain.doFilter(request, response);
    }
}
