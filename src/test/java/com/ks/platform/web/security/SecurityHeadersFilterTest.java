package com.ks.platform.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** What the production profile adds (ks.security-headers.hsts=true), and what the pages' policy never allows. */
class SecurityHeadersFilterTest {

    @Test
    void the_production_setting_adds_strict_transport_security_for_a_year() throws Exception {
        var response = new MockHttpServletResponse();
        new SecurityHeaders(new SecurityHeaders.Settings(true, Duration.ofDays(365), false))
                .doFilter(new MockHttpServletRequest("GET", "/"), response, new MockFilterChain());
        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    }

    @Test
    void the_page_policy_allows_no_plugins_no_foreign_frames_and_no_foreign_scripts() {
        assertThat(SecurityHeaders.PAGE_POLICY)
                .contains("object-src 'none'", "frame-ancestors 'self'", "script-src 'self' 'unsafe-inline'")
                .doesNotContain("*", "http:", "https:");
    }
}
