package com.ks.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The probes a load balancer and an orchestrator ask, signed out: the database decides readiness, not liveness. */
class HealthProbesTest extends KsIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readiness_answers_signed_out_and_includes_the_database() throws Exception {
        var readiness = get("/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"", "\"db\"");
    }

    @Test
    void liveness_answers_signed_out_and_does_not_depend_on_the_database() throws Exception {
        var liveness = get("/actuator/health/liveness");

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"").doesNotContain("\"db\"");
    }

    @Test
    void no_other_actuator_endpoint_is_open() throws Exception {
        assertThat(get("/actuator/env").statusCode()).isNotEqualTo(200);
    }
}
