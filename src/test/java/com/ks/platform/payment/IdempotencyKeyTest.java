package com.ks.platform.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.ordering.PlacedCheckout;
import com.ks.platform.shared.IdempotencyKeys;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Idempotency-Key of the payment API: a retry answers the first response; another body under the key is refused. */
class IdempotencyKeyTest extends PaymentTestSupport {

    @Autowired
    IdempotencyKeys keys;

    private HttpResponse<String> post(ApiShopper shopper, String json, String key) throws Exception {
        return postPayment(shopper, json, "Idempotency-Key", key);
    }

    @Test
    void a_retried_payment_start_answers_the_first_response_and_another_body_under_the_key_is_refused()
            throws Exception {
        ApiShopper shopper = apiShopper();
        PlacedCheckout placed = place(shopper.email(), product("接口支付台灯", 12_900), 1);
        String alipay = "{\"checkoutId\":\"%s\",\"method\":\"ALIPAY\"}".formatted(placed.checkoutId());
        String wechat = "{\"checkoutId\":\"%s\",\"method\":\"WECHAT_PAY\"}".formatted(placed.checkoutId());

        var first = post(shopper, alipay, "pay-1");
        var retry = post(shopper, alipay, "pay-1");
        var other = post(shopper, wechat, "pay-1");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.body()).contains("\"status\":\"PENDING\"", "sandbox-pay/", "\"sandbox\":true");
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.body()).contains("error.api.idempotencyMismatch");
        assertThat(repository.ofCheckout(placed.checkoutId())).hasSize(1);
    }

    @Test
    void the_payment_is_read_back_by_its_owner_only() throws Exception {
        ApiShopper shopper = apiShopper();
        ApiShopper stranger = apiShopper();
        PlacedCheckout placed = place(shopper.email(), product("接口读取台灯", 12_900), 1);
        var started = post(shopper, "{\"checkoutId\":\"%s\",\"method\":\"CARD\"}".formatted(placed.checkoutId()), "k");
        String id = started.body().replaceAll(".*\"id\":\"([0-9a-f-]+)\".*", "$1");

        assertThat(get(shopper, id).statusCode()).isEqualTo(200);
        assertThat(get(stranger, id).statusCode()).isEqualTo(404);
    }

    @Test
    void keys_older_than_the_retention_are_purged() {
        keys.claim("test:" + UUID.randomUUID(), "old", "hash");

        assertThat(keys.purgeOlderThan(Instant.now().plusSeconds(1))).isPositive();
    }

    private HttpResponse<String> get(ApiShopper shopper, String id) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/payments/" + id))
                        .header("Authorization", "Bearer " + shopper.token())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
