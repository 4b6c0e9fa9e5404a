package com.ks.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.TestCatalog;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.AddressForm;
import com.ks.platform.identity.AddressService;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderTab;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The API as a careless or hostile client meets it, over real HTTP: every error is an RFC 9457 problem (never an
 * empty body, never the storefront's HTML page), and nothing a refused request says is written.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiFuzzTest extends KsIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PROBLEM = "application/problem+json";
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    @Autowired
    AccountService accounts;

    @Autowired
    AddressService addresses;

    @Autowired
    OrderQueries orders;

    @Autowired
    TestCatalog catalog;

    private record Shopper(String email, String token, UUID addressId) {}

    private Shopper newShopper() {
        String email = uniqueEmail("fuzz");
        accounts.registerShopper(new RegisterShopper(email, "模糊买家", "good password 2026", true, true));
        String subject = linkToProvider(email);
        actAs(email);
        try {
            UUID address = addresses
                    .add(new AddressForm("王五", "13700002222", "110000", "110100", "110101", "西长安街 2 号", true))
                    .id();
            return new Shopper(email, apiToken(subject), address);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private UUID sku() {
        actAs("home@ks.demo");
        try {
            ProductDetails product = catalog.publish("模糊测试杯", 10, 50, 1_000);
            return product.skus().getFirst().id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int ordersOf(Shopper shopper) {
        actAs(shopper.email());
        try {
            return orders.countMine(OrderTab.ALL);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private HttpResponse<String> call(String method, String path, String token, String contentType, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Accept-Language", "en")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postJson(String path, String token, String json) throws Exception {
        return call("POST", path, token, "application/json", json);
    }

    /** What a client library needs to tell one error from another: a problem document with a stable type. */
    private static void assertProblem(HttpResponse<String> response, int status) {
        String what = response.request().method() + " " + response.request().uri() + " -> " + response.body();
        assertThat(response.statusCode()).as(what).isEqualTo(status);
        assertIsProblem(response);
    }

    private static void assertIsProblem(HttpResponse<String> response) {
        String what = response.request().method() + " " + response.request().uri() + " -> " + response.statusCode()
                + " " + response.body();
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as(what)
                .startsWith(PROBLEM);
        assertThat(response.body())
                .as(what)
                .contains("\"type\":\"urn:ks:problem:", "\"status\":" + response.statusCode())
                .doesNotContain("<html", "<!doctype", "Exception", "\tat ");
    }

    private static String order(UUID sku, String quantity, UUID address, String extra) {
        return """
                {"items":[{"skuId":"%s","quantity":%s}],"addressId":"%s","paymentMethod":"ALIPAY"%s}
                """.formatted(sku, quantity, address, extra);
    }

    @Test
    void a_null_item_or_remark_is_a_validation_problem_naming_the_field_and_places_nothing() throws Exception {
        Shopper shopper = newShopper();
        UUID sku = sku();

        var nullItem = postJson(
                "/api/v1/orders",
                shopper.token(),
                "{\"items\":[null],\"addressId\":\"%s\",\"paymentMethod\":\"ALIPAY\"}".formatted(shopper.addressId()));
        var nullRemark = postJson(
                "/api/v1/orders",
                shopper.token(),
                order(sku, "1", shopper.addressId(), ",\"remarks\":{\"%s\":null}".formatted(UUID.randomUUID())));

        assertProblem(nullItem, 400);
        assertThat(nullItem.body()).contains("items[0]");
        assertProblem(nullRemark, 400);
        assertThat(nullRemark.body()).contains("remarks");
        assertThat(ordersOf(shopper)).isZero();
    }

    @Test
    void json_is_bound_strictly_and_a_refused_body_places_nothing() throws Exception {
        Shopper shopper = newShopper();
        UUID sku = sku();
        String nested = "[".repeat(5_000) + "]".repeat(5_000);
        Map<String, String> bodies = Map.ofEntries(
                Map.entry("fraction", order(sku, "1.5", shopper.addressId(), "")),
                Map.entry("quoted number", order(sku, "\"1\"", shopper.addressId(), "")),
                Map.entry("unknown field", order(sku, "1", shopper.addressId(), ",\"status\":\"PAID\"")),
                Map.entry("duplicate key", order(sku, "1", shopper.addressId(), ",\"paymentMethod\":\"WECHAT\"")),
                Map.entry("enum ordinal", order(sku, "1", shopper.addressId(), ",\"delivery\":0")),
                Map.entry("empty", ""),
                Map.entry("truncated", "{\"items\":["),
                Map.entry("array", "[]"),
                Map.entry("null", "null"),
                Map.entry("wrong type", "{\"items\":\"many\"}"),
                Map.entry("deeply nested", "{\"items\":" + nested + "}"),
                Map.entry(
                        "oversized",
                        order(sku, "1", shopper.addressId(), ",\"checkoutId\":\"" + "x".repeat(3_000_000) + "\"")));

        for (var body : bodies.entrySet()) {
            var response = postJson("/api/v1/orders", shopper.token(), body.getValue());
            assertThat(response.statusCode()).as(body.getKey()).isBetween(400, 499);
            assertIsProblem(response);
        }
        assertThat(postJson("/api/v1/orders", shopper.token(), bodies.get("unknown field"))
                        .body())
                .contains("status");
        assertThat(ordersOf(shopper)).isZero();
    }

    @Test
    void an_enum_ordinal_does_not_cancel_an_order() throws Exception {
        Shopper shopper = newShopper();
        var placed = postJson("/api/v1/orders", shopper.token(), order(sku(), "1", shopper.addressId(), ""));
        assertThat(placed.statusCode()).isEqualTo(201);
        Matcher id = Pattern.compile("\"orderIds\":\\[\"([^\"]+)\"").matcher(placed.body());
        assertThat(id.find()).isTrue();

        var cancel = postJson("/api/v1/orders/" + id.group(1) + "/cancel", shopper.token(), "{\"reason\":0}");

        assertProblem(cancel, 400);
        assertThat(call("GET", "/api/v1/orders/" + id.group(1), shopper.token(), null, null)
                        .body())
                .doesNotContain("CANCELLED");
    }

    @Test
    void every_method_on_every_path_answers_a_result_or_a_problem_never_html_or_an_empty_body() throws Exception {
        Shopper shopper = newShopper();
        UUID unknown = UUID.randomUUID();
        List<String> paths = List.of(
                "/api/v1/me",
                "/api/v1/me/addresses",
                "/api/v1/me/addresses/" + unknown,
                "/api/v1/me/addresses/" + unknown + "/default",
                "/api/v1/me/favourites",
                "/api/v1/me/favourites/" + unknown,
                "/api/v1/payments/challenges/" + unknown + "/answer",
                "/api/v1/orders",
                "/api/v1/orders/" + unknown,
                "/api/v1/orders/" + unknown + "/cancel",
                "/api/v1/payments",
                "/api/v1/payments/" + unknown,
                "/api/v1/payments/notify/alipay",
                "/api/v1/cart",
                "/api/v1/cart/lines",
                "/api/v1/cart/lines/" + unknown,
                "/api/v1/categories",
                "/api/v1/products",
                "/api/v1/products/" + unknown);
        List<String> failures = new ArrayList<>();
        for (String path : paths) {
            for (String method : METHODS) {
                for (String token : new String[] {shopper.token(), null}) {
                    var response = call(method, path, token, "application/json", method.equals("GET") ? null : "{}");
                    if (response.statusCode() >= 400) {
                        try {
                            assertIsProblem(response);
                        } catch (AssertionError e) {
                            failures.add(e.getMessage());
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertProblem(call("PUT", "/api/v1/orders", shopper.token(), "application/json", "{}"), 405);
        assertThat(call("DELETE", "/api/v1/me", shopper.token(), null, null)
                        .headers()
                        .firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("GET").doesNotContain("DELETE"));
        assertThat(ordersOf(shopper)).isZero();
    }

    @Test
    void unknown_api_paths_answer_404_problems_not_the_storefront_page() throws Exception {
        Shopper shopper = newShopper();

        assertProblem(call("GET", "/api/v1/me/", shopper.token(), null, null), 404);
        assertProblem(call("GET", "/api/v1/nothing-here", shopper.token(), null, null), 404);
        assertProblem(call("GET", "/api/v2/orders", shopper.token(), null, null), 404);
        assertProblem(postJson("/api/v1/payments/notify/alipay/extra", null, "{}"), 404);
    }

    @Test
    void a_body_of_another_media_type_is_a_415_problem() throws Exception {
        Shopper shopper = newShopper();

        assertProblem(call("POST", "/api/v1/orders", shopper.token(), "text/plain", "items"), 415);
        assertThat(ordersOf(shopper)).isZero();
    }

    @Test
    void a_server_error_is_a_500_problem_with_a_correlation_id_that_is_also_in_the_log(CapturedOutput log)
            throws Exception {
        Shopper shopper = newShopper();

        var response = call("GET", ExplodingApiController.PATH, shopper.token(), null, null);

        assertProblem(response, 500);
        Matcher id = Pattern.compile("\"correlationId\":\"([^\"]+)\"").matcher(response.body());
        assertThat(id.find()).as(response.body()).isTrue();
        assertThat(response.body()).doesNotContain(ExplodingApiController.SECRET);
        assertThat(log.getOut() + log.getErr()).contains(id.group(1));
    }

    @Test
    void urls_the_firewall_rejects_are_400_problems_not_a_redirect_to_the_login_page() throws Exception {
        Shopper shopper = newShopper();

        assertProblem(call("GET", "/api/v1/orders/a%2fb", shopper.token(), null, null), 400);
        assertProblem(call("GET", "/api/v1/orders/a;jsessionid=1", shopper.token(), null, null), 400);
        assertProblem(call("GET", "/api/v1/orders/a%00b", shopper.token(), null, null), 400);
        var hugeHeader = HTTP.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/me"))
                        .header("X-Padding", "p".repeat(20_000))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(hugeHeader.statusCode()).isEqualTo(400);
        assertThat(hugeHeader.body()).doesNotContain("<html").contains("urn:ks:problem:bad-request");
    }

    @Test
    void paging_beyond_any_real_page_is_refused_instead_of_overflowing() throws Exception {
        Shopper shopper = newShopper();

        var tooFar = call("GET", "/api/v1/orders?page=107374183&size=20", shopper.token(), null, null);
        assertProblem(tooFar, 422);
        assertThat(tooFar.body()).contains("error.api.paging");
        assertProblem(call("GET", "/api/v1/orders?page=abc", shopper.token(), null, null), 400);
        assertProblem(call("GET", "/api/v1/orders?tab=NOPE", shopper.token(), null, null), 400);
    }

    @Test
    void missing_bad_expired_foreign_and_id_tokens_are_refused_with_rfc_6750_challenges() throws Exception {
        Shopper shopper = newShopper();
        String subject = linkToProvider(shopper.email());
        Map<String, String> refused = Map.of(
                "garbage", "not-a-jwt",
                "expired", apiToken(subject, API_AUDIENCE, Map.of(), -120),
                "another client's access token", apiToken(subject, "some-other-client", Map.of(), 3600),
                "ID token of the sign-in client",
                        apiToken(subject, CLIENT_ID, Map.of("nonce", "n-1", "azp", CLIENT_ID), 3600),
                "ID token carrying the API audience", apiToken(subject, API_AUDIENCE, Map.of("nonce", "n-2"), 3600));

        var none = call("GET", "/api/v1/me", null, null, null);
        assertProblem(none, 401);
        assertThat(none.headers().firstValue("WWW-Authenticate").orElse(""))
                .startsWith("Bearer")
                .doesNotContain("error=");
        for (var token : refused.entrySet()) {
            var response = call("POST", "/api/v1/orders", token.getValue(), "application/json", "{}");
            assertThat(response.statusCode()).as(token.getKey()).isEqualTo(401);
            assertIsProblem(response);
            assertThat(response.headers().firstValue("WWW-Authenticate").orElse(""))
                    .as(token.getKey())
                    .startsWith("Bearer error=\"invalid_token\"");
        }
        assertThat(call("GET", "/api/v1/me", apiToken(subject), null, null).statusCode())
                .isEqualTo(200);
        assertThat(ordersOf(shopper)).isZero();
    }
}
