package com.ks.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code docs/openapi.json} is the API's published contract: partners read it, Spectral lints it in CI ({@code .ci/run})
 * and the test client is generated from it. This test fails when the document the app serves differs from it, so a
 * change of the API is a visible change of that file in review.
 */
class OpenApiSnapshotTest extends KsIntegrationTest {

    static final Path SNAPSHOT = Path.of("docs", "openapi.json");
    static final String REFRESH = "The API's OpenAPI document changed. Check the difference, then refresh the snapshot"
            + " with: ./mvnw -B -ntp verify -Dtest=OpenApiSnapshotTest -Dks.openapi.refresh=true"
            + " -Dsurefire.failIfNoSpecifiedTests=false (and commit docs/openapi.json)";

    /** Keys sorted and indented, so the file diffs line by line whatever order the generator chose. */
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @Test
    void the_committed_openapi_document_is_the_one_the_api_serves() throws Exception {
        // springdoc builds the document once per request language: every build must give the same document
        String english = canonical(fetch("en"));
        String served = canonical(fetch("zh-CN"));
        assertThat(english).as("the document in another request language").isEqualTo(served);
        if (Boolean.getBoolean("ks.openapi.refresh")) {
            Files.writeString(SNAPSHOT, served, StandardCharsets.UTF_8);
        }

        assertThat(SNAPSHOT).as(REFRESH).exists();
        assertThat(Files.readString(SNAPSHOT, StandardCharsets.UTF_8))
                .as(REFRESH)
                .isEqualTo(served);
    }

    private String fetch(String language) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/openapi.json"))
                                .header("Accept-Language", language)
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    static String canonical(String json) {
        return CANONICAL.writeValueAsString(CANONICAL.readValue(json, Object.class)) + "\n";
    }
}
