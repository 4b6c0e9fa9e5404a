package com.ks.platform.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.RegisterShopper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A token acts only within its scopes (what the person let the client do): without the scope an operation needs, the
 * API answers 403 with the RFC 6750 §3.1 challenge naming the scope, and changes nothing.
 */
class ApiScopesTest extends KsIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    AccountService accounts;

    static Stream<Arguments> operations() {
        String someId = UUID.randomUUID().toString();
        return Stream.of(
                Arguments.of("profile:read", "GET", "/api/v1/me", null),
                Arguments.of("profile:read", "GET", "/api/v1/me/addresses", null),
                Arguments.of("profile:write", "POST", "/api/v1/me/addresses/" + someId + "/default", null),
                Arguments.of("favourites:read", "GET", "/api/v1/me/favourites", null),
                Arguments.of("favourites:write", "PUT", "/api/v1/me/favourites/" + someId, null),
                Arguments.of("cart:read", "GET", "/api/v1/cart", null),
                Arguments.of(
                        "cart:write", "POST", "/api/v1/cart/lines", "{\"skuId\":\"" + someId + "\",\"quantity\":1}"),
                Arguments.of("cart:write", "DELETE", "/api/v1/cart/lines/" + someId, null),
                Arguments.of("orders:read", "GET", "/api/v1/orders", null),
                Arguments.of(
                        "orders:write",
                        "POST",
                        "/api/v1/orders/" + someId + "/cancel",
                        "{\"reason\":\"NO_LONGER_NEEDED\"}"),
                Arguments.of("payments:read", "GET", "/api/v1/payments/" + someId, null),
                Arguments.of("payments:write", "POST", "/api/v1/payments", "{}"),
                Arguments.of("after-sales:read", "GET", "/api/v1/after-sales", null),
                Arguments.of("after-sales:write", "POST", "/api/v1/after-sales/" + someId + "/withdraw", null));
    }

    @ParameterizedTest(name = "{1} {2} needs {0}")
    @MethodSource("operations")
    void an_operation_is_refused_with_an_insufficient_scope_challenge_when_the_token_lacks_its_scope(
            String scope, String method, String path, String body) throws Exception {
        String subject = shopper();
        String everyOtherScope = Arrays.stream(ALL_SCOPES.split(" "))
                .filter(granted -> !granted.equals(scope))
                .collect(Collectors.joining(" "));

        HttpResponse<String> refused = call(method, path, apiTokenWithScopes(subject, everyOtherScope), body);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("Bearer error=\"insufficient_scope\"")
                .contains("scope=\"" + scope + "\"");
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(refused.body())
                .contains("\"type\":\"urn:ks:problem:insufficient-scope\"")
                .contains("\"scope\":\"" + scope + "\"");
    }

    @ParameterizedTest(name = "{1} {2} passes with {0} alone")
    @MethodSource("operations")
    void the_operations_scope_alone_is_enough_to_pass_the_scope_check(
            String scope, String method, String path, String body) throws Exception {
        HttpResponse<String> answered = call(method, path, apiTokenWithScopes(shopper(), scope), body);

        // past the scope check the operation answers as it would for any client (200, or 404/422 for made-up ids)
        assertThat(answered.statusCode()).as(answered.body()).isNotIn(401, 403);
    }

    @Test
    void a_cart_write_refused_for_its_scope_adds_nothing_to_the_cart() throws Exception {
        String subject = shopper();
        String readOnly = apiTokenWithScopes(subject, "cart:read");
        String sku = UUID.randomUUID().toString();

        HttpResponse<String> refused =
                call("POST", "/api/v1/cart/lines", readOnly, "{\"skuId\":\"" + sku + "\",\"quantity\":1}");
        HttpResponse<String> cart = call("GET", "/api/v1/cart", readOnly, null);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(cart.statusCode()).isEqualTo(200);
        assertThat(cart.body()).doesNotContain(sku);
    }

    @Test
    void a_request_without_a_token_is_asked_to_authenticate_not_told_about_scopes() throws Exception {
        HttpResponse<String> anonymous = HTTP.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/orders")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow())
                .doesNotContain("insufficient_scope");
    }

    @Test
    void every_scope_a_test_token_carries_is_one_the_api_documents() {
        assertThat(ALL_SCOPES.split(" ")).containsExactlyInAnyOrderElementsOf(ApiScopes.DESCRIPTIONS.keySet());
        assertThat(ApiScopes.RULES)
                .allSatisfy(rule -> assertThat(ApiScopes.DESCRIPTIONS).containsKey(rule.scope()));
    }

    private String shopper() {
        String email = uniqueEmail("scopes");
        accounts.registerShopper(new RegisterShopper(email, "授权范围买家", "good password 2026", true, true));
        return linkToProvider(email);
    }

    private HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
