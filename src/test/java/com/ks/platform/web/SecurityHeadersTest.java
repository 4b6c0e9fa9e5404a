package com.ks.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every response carries the browser-side defences (issue 20): pages, API answers, static files and error responses,
 * as a plain HTTP client sees them. HSTS belongs to the production profile (SecurityHeadersFilterTest).
 */
class SecurityHeadersTest extends KsIntegrationTest {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "a storefront page, /, 200",
        "the login page, /login, 200",
        "a stylesheet, /styles/aftersales.css, 200",
        "a public API read, /api/v1/categories, 200",
        "an API path nothing answers, /api/v1/no-such-operation, 401",
        "an API operation needing a token, /api/v1/orders, 401",
        "a page for signed-in people, /orders, 302",
        "a URL the firewall rejects, /api/v1/products/%2e%2e/x, 400",
        "the health probe, /actuator/health/liveness, 200"
    })
    void each_response_carries_the_security_headers(String what, String path, int status) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(what).isEqualTo(status);
        HttpHeaders headers = response.headers();
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).contains("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy").orElseThrow())
                .as(what)
                .contains("camera=()", "microphone=()", "geolocation=()");
        String policy = headers.firstValue("Content-Security-Policy").orElseThrow();
        assertThat(headers.allValues("Content-Security-Policy")).as(what).hasSize(1);
        if (path.startsWith("/api/")) {
            assertThat(policy).as(what).contains("default-src 'none'", "frame-ancestors 'none'");
        } else {
            assertThat(policy)
                    .as(what)
                    .contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'", "base-uri 'self'");
        }
        assertThat(headers.firstValue("Strict-Transport-Security"))
                .as("no HSTS outside production")
                .isEmpty();
    }
}
