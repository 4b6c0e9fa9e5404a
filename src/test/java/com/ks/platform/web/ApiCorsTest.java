package com.ks.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A browser page may call the API from the platform's own origin; other sites' pages are refused with a problem. */
class ApiCorsTest extends KsIntegrationTest {

    private HttpResponse<String> categoriesFrom(String origin) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/categories"))
                                .header("Origin", origin)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_platforms_own_origin_may_read_and_see_the_rate_limit_headers() throws Exception {
        HttpResponse<String> response = categoriesFrom("http://localhost:8080");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:8080");
        assertThat(response.headers()
                        .firstValue("Access-Control-Expose-Headers")
                        .orElseThrow())
                .contains("RateLimit-Remaining", "Retry-After");
        assertThat(response.headers().firstValue("RateLimit-Limit")).isPresent();
    }

    @Test
    void another_sites_page_is_refused_with_a_problem_not_plain_text() throws Exception {
        HttpResponse<String> response = categoriesFrom("https://evil.example");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body()).contains("urn:ks:problem:cors-origin");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
