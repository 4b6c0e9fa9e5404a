package com.ks.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document as a client generator reads it: every operation says how it fails and how to authenticate. */
class OpenApiDocumentTest extends KsIntegrationTest {

    private JsonNode document;
    private String raw;

    @BeforeEach
    void fetch() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/openapi.json"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        raw = response.body();
        document = JsonMapper.builder().build().readTree(raw);
    }

    private List<JsonNode> operations() {
        List<JsonNode> operations = new ArrayList<>();
        document.get("paths").forEach(item -> item.forEach(operations::add));
        return operations;
    }

    @Test
    void the_document_has_a_real_title_a_fixed_server_and_the_bearer_scheme() {
        assertThat(document.at("/info/title").asString()).isEqualTo("Ks Order Platform API");
        assertThat(document.at("/info/version").asString()).isEqualTo("v1");
        assertThat(document.at("/info/description").asString()).contains("RFC 9457");
        // the configured URL, not the random port this request came in on
        assertThat(document.at("/servers/0/url").asString()).isEqualTo("https://api.ks.example");
        assertThat(document.at("/components/securitySchemes/oauth2/type").asString())
                .isEqualTo("oauth2");
        assertThat(document.at("/components/securitySchemes/oauth2/flows/clientCredentials/scopes")
                        .propertyNames())
                .contains("orders:read", "orders:write", "cart:write", "payments:write", "profile:read");
        assertThat(document.at("/components/schemas/Problem/properties/type").isMissingNode())
                .isFalse();
        assertThat(raw).doesNotContain("*/*", "test-only");
    }

    @Test
    void every_operation_needing_a_token_names_its_scope() {
        assertThat(document.at("/paths/~1api~1v1~1orders/get/security/0/oauth2/0")
                        .asString())
                .isEqualTo("orders:read");
        assertThat(document.at("/paths/~1api~1v1~1orders/post/security/0/oauth2/0")
                        .asString())
                .isEqualTo("orders:write");
        assertThat(document.at("/paths/~1api~1v1~1me/get/security/0/oauth2/0").asString())
                .isEqualTo("profile:read");
        assertThat(document.at("/paths/~1api~1v1~1cart~1lines~1{lineId}/delete/security/0/oauth2/0")
                        .asString())
                .isEqualTo("cart:write");
    }

    @Test
    void every_operation_documents_its_problem_responses() {
        assertThat(operations()).isNotEmpty();
        for (JsonNode operation : operations()) {
            String id = operation.path("operationId").asString();
            assertThat(operation
                            .at("/responses/400/content/application~1problem+json/schema/$ref")
                            .asString())
                    .as(id)
                    .isEqualTo("#/components/schemas/Problem");
            assertThat(operation.at("/responses/500").isMissingNode()).as(id).isFalse();
        }
    }

    @Test
    void placing_an_order_is_documented_as_201_and_notifications_as_signed_not_bearer() {
        JsonNode place = document.at("/paths/~1api~1v1~1orders/post");
        assertThat(place.at("/responses/201").isMissingNode()).isFalse();
        JsonNode notify = document.at("/paths/~1api~1v1~1payments~1notify~1{provider}/post");
        // authenticated by the provider's signature header, never by a bearer token
        assertThat(notify.at("/security/0").propertyNames()).containsExactly("providerSignature");
        assertThat(document.at("/components/securitySchemes/providerSignature/name")
                        .asString())
                .isEqualTo("Ks-Signature");
        assertThat(document.at("/paths/~1api~1v1~1categories/get/security").isEmpty())
                .isTrue();
        assertThat(notify.at("/responses/401").isMissingNode()).isTrue();
        assertThat(notify.at("/requestBody/content/application~1json/schema/type")
                        .asString())
                .isEqualTo("object");
        assertThat(notify.toString()).doesNotContain("base64");
        boolean signatureRequired = false;
        for (JsonNode parameter : notify.get("parameters")) {
            if ("Ks-Signature".equals(parameter.path("name").asString())) {
                signatureRequired = parameter.path("required").asBoolean();
            }
        }
        assertThat(signatureRequired).isTrue();
    }
}
