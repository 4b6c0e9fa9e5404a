package com.ks.platform.ordering.api;

import static com.ks.jooq.Tables.SHARED_IDEMPOTENCY_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.catalog.ProductDetails;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An {@code Idempotency-Key} whose first request died mid-way (the app killed, the database gone) is never stuck: a
 * retry within the claim's lease is told when to come back, a retry after it gets the committed order or places it.
 */
class IdempotencyLeaseTest extends OrderApiTestSupport {

    @Autowired
    DSLContext db;

    /** What a request that died before answering leaves behind: its claim without a response. */
    private void leaveUnanswered(String key, Instant leaseUntil) {
        db.update(SHARED_IDEMPOTENCY_KEY)
                .setNull(SHARED_IDEMPOTENCY_KEY.RESPONSE_STATUS)
                .setNull(SHARED_IDEMPOTENCY_KEY.CONTENT_TYPE)
                .setNull(SHARED_IDEMPOTENCY_KEY.RESPONSE_BODY)
                .setNull(SHARED_IDEMPOTENCY_KEY.COMPLETED_AT)
                .set(SHARED_IDEMPOTENCY_KEY.LEASE_UNTIL, leaseUntil)
                .where(SHARED_IDEMPOTENCY_KEY.IDEMPOTENCY_KEY.eq(key))
                .execute();
    }

    private static String checkoutIdIn(String body) {
        return body.replaceAll(".*\"checkoutId\":\"([0-9a-f-]+)\".*", "$1").strip();
    }

    @Test
    void a_retry_after_the_lease_of_a_crashed_attempt_that_committed_gets_that_order_not_a_second_one()
            throws Exception {
        ProductDetails mug = product("断电马克杯", 10, 4_900);
        ApiShopper shopper = newApiShopper();
        String body = placeJson(mug.skus().getFirst().id(), 2, 4_900L, shopper.addressId());
        String key = "crash-" + UUID.randomUUID();
        var first = call("POST", "/api/v1/orders", shopper.token(), body, "Idempotency-Key", key);
        leaveUnanswered(key, Instant.now().minusSeconds(1));

        var retry = call("POST", "/api/v1/orders", shopper.token(), body, "Idempotency-Key", key);
        var again = call("POST", "/api/v1/orders", shopper.token(), body, "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(checkoutIdIn(retry.body())).isEqualTo(checkoutIdIn(first.body()));
        assertThat(retry.body()).contains("\"totalFen\":9800");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(ordersOf(shopper)).isEqualTo(1);
        assertThat(catalog.stockOf(mug.skus().getFirst().id())).isEqualTo(8);
    }

    @Test
    void a_retry_after_the_lease_of_a_crashed_attempt_that_committed_nothing_places_the_order() throws Exception {
        ProductDetails mug = product("断网马克杯", 10, 4_900);
        ApiShopper shopper = newApiShopper();
        String body = placeJson(mug.skus().getFirst().id(), 1, 4_900L, shopper.addressId());
        String earlier = "earlier-" + UUID.randomUUID();
        String crashed = "crashed-" + UUID.randomUUID();
        call("POST", "/api/v1/orders", shopper.token(), body, "Idempotency-Key", earlier);
        // the claim a crashed attempt of the same request left under another key, its lease over, nothing placed
        var claim = db.selectFrom(SHARED_IDEMPOTENCY_KEY)
                .where(SHARED_IDEMPOTENCY_KEY.IDEMPOTENCY_KEY.eq(earlier))
                .fetchSingle();
        db.insertInto(SHARED_IDEMPOTENCY_KEY)
                .set(SHARED_IDEMPOTENCY_KEY.SCOPE, claim.getScope())
                .set(SHARED_IDEMPOTENCY_KEY.IDEMPOTENCY_KEY, crashed)
                .set(SHARED_IDEMPOTENCY_KEY.REQUEST_HASH, claim.getRequestHash())
                .set(SHARED_IDEMPOTENCY_KEY.CREATED_AT, Instant.now().minusSeconds(60))
                .set(SHARED_IDEMPOTENCY_KEY.LEASE_UNTIL, Instant.now().minusSeconds(30))
                .execute();

        var retry = call("POST", "/api/v1/orders", shopper.token(), body, "Idempotency-Key", crashed);

        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(ordersOf(shopper)).isEqualTo(2);
        assertThat(catalog.stockOf(mug.skus().getFirst().id())).isEqualTo(8);
    }

    @Test
    void a_retry_within_the_lease_is_told_with_retry_after_when_to_come_back() throws Exception {
        ProductDetails mug = product("排队马克杯", 10, 4_900);
        ApiShopper shopper = newApiShopper();
        String body = placeJson(mug.skus().getFirst().id(), 1, 4_900L, shopper.addressId());
        String key = "running-" + UUID.randomUUID();
        call("POST", "/api/v1/orders", shopper.token(), body, "Idempotency-Key", key);
        leaveUnanswered(key, Instant.now().plusSeconds(20));

        var retry = call("POST", "/api/v1/orders", shopper.token(), body, "Idempotency-Key", key);

        assertThat(retry.statusCode()).isEqualTo(409);
        assertThat(retry.body()).contains("error.api.idempotencyInProgress");
        assertThat(Integer.parseInt(retry.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1, 20);
        assertThat(ordersOf(shopper)).isEqualTo(1);
    }
}
