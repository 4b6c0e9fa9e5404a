package com.ks.platform.ordering.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.ordering.OrderTab;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

/** The order API with real bearer tokens from the test provider, over real HTTP: the same rules as the storefront. */
class OrderApiTest extends OrderApiTestSupport {

    @Test
    void placing_with_the_same_idempotency_key_twice_creates_one_set_of_orders() throws Exception {
        ProductDetails mug = product("接口马克杯", 10, 4_900);
        ApiShopper shopper = newApiShopper();
        String body = placeJson(mug.skus().getFirst().id(), 2, 4_900L, shopper.addressId());

        var first = call("POST", "/api/v1/orders", shopper.token(), body, "Idempotency-Key", "retry-1");
        var second = call("POST", "/api/v1/orders", shopper.token(), body, "Idempotency-Key", "retry-1");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.body()).contains("\"totalFen\":9800", "/pay/");
        // the retry is answered the first response, as it was (the platform's Idempotency-Key mechanism)
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(ordersOf(shopper)).isEqualTo(1);
        assertThat(catalog.stockOf(mug.skus().getFirst().id())).isEqualTo(8);
    }

    @Test
    void a_tampered_price_is_refused_with_the_current_price_and_nothing_is_written() throws Exception {
        ProductDetails mug = product("改价马克杯", 10, 4_900);
        ApiShopper shopper = newApiShopper();

        var refused = call(
                "POST",
                "/api/v1/orders",
                shopper.token(),
                placeJson(mug.skus().getFirst().id(), 1, 1L, shopper.addressId()));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("PRICE_CHANGED", "\"currentUnitPriceFen\":4900", "订单未提交");
        assertThat(ordersOf(shopper)).isZero();
        assertThat(catalog.stockOf(mug.skus().getFirst().id())).isEqualTo(10);
    }

    @Test
    void bad_input_is_refused_with_a_problem_and_nothing_is_written() throws Exception {
        ProductDetails mug = product("坏输入马克杯", 3, 4_900);
        UUID sku = mug.skus().getFirst().id();
        ApiShopper shopper = newApiShopper();
        ApiShopper other = newApiShopper();

        assertThat(call("POST", "/api/v1/orders", shopper.token(), placeJson(sku, 0, null, shopper.addressId()))
                        .statusCode())
                .as("quantity 0")
                .isEqualTo(422);
        assertThat(call("POST", "/api/v1/orders", shopper.token(), placeJson(sku, -2, null, shopper.addressId()))
                        .statusCode())
                .as("negative quantity")
                .isEqualTo(422);
        assertThat(call("POST", "/api/v1/orders", shopper.token(), placeJson(sku, 4, null, shopper.addressId()))
                        .body())
                .as("above stock")
                .contains("SOLD_OUT");
        assertThat(call(
                                "POST",
                                "/api/v1/orders",
                                shopper.token(),
                                placeJson(UUID.randomUUID(), 1, null, shopper.addressId()))
                        .statusCode())
                .as("unknown SKU")
                .isEqualTo(422);
        assertThat(call("POST", "/api/v1/orders", shopper.token(), placeJson(sku, 1, null, other.addressId()))
                        .statusCode())
                .as("another shopper's address")
                .isEqualTo(404);
        var malformed = call("POST", "/api/v1/orders", shopper.token(), "{\"items\": [ {\"skuId\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(call(
                                "POST",
                                "/api/v1/orders",
                                shopper.token(),
                                placeJson(sku, 1, null, shopper.addressId()).replace("STANDARD", "TELEPORT"))
                        .statusCode())
                .as("unknown delivery option")
                .isEqualTo(400);
        assertThat(ordersOf(shopper)).isZero();
        assertThat(catalog.stockOf(sku)).isEqualTo(3);
    }

    @Test
    void a_shopper_lists_reads_and_cancels_their_order_but_never_anothers() throws Exception {
        ProductDetails mug = product("列表马克杯", 10, 4_900);
        ApiShopper shopper = newApiShopper();
        ApiShopper other = newApiShopper();
        call(
                "POST",
                "/api/v1/orders",
                shopper.token(),
                placeJson(mug.skus().getFirst().id(), 1, null, shopper.addressId()));
        actAs(shopper.email());
        UUID orderId = orders.myOrders(OrderTab.ALL, 0, 1).getFirst().id();
        SecurityContextHolder.clearContext();

        var list = call("GET", "/api/v1/orders?tab=TO_PAY", shopper.token(), null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(orderId.toString(), "\"total\":1");
        assertThat(call("GET", "/api/v1/orders/" + orderId, shopper.token(), null)
                        .body())
                .contains("列表马克杯", "李四");
        assertThat(call("GET", "/api/v1/orders/" + orderId, other.token(), null).statusCode())
                .isEqualTo(404);
        assertThat(call("POST", "/api/v1/orders/" + orderId + "/cancel", other.token(), "{\"reason\":\"OTHER\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(call("GET", "/api/v1/orders?size=1000", shopper.token(), null)
                        .statusCode())
                .isEqualTo(422);

        var cancelled =
                call("POST", "/api/v1/orders/" + orderId + "/cancel", shopper.token(), "{\"reason\":\"WRONG_ITEM\"}");
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(cancelled.body()).contains("\"status\":\"CANCELLED\"");
        assertThat(catalog.stockOf(mug.skus().getFirst().id())).isEqualTo(10);
    }

    @Test
    void without_a_token_the_order_api_answers_401_and_the_openapi_description_is_public() throws Exception {
        var anonymous = call("GET", "/api/v1/orders", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

        var openApi = call("GET", "/api/v1/openapi.json", null, null);
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("\"openapi\"", "/api/v1/orders", "/api/v1/orders/{orderId}/cancel");
    }
}
