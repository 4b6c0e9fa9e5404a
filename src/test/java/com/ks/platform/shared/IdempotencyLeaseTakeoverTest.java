package com.ks.platform.shared;

import static com.ks.jooq.Tables.SHARED_IDEMPOTENCY_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A lapsed claim passes to exactly one of the retries that find it at once; the others are told to come back. */
class IdempotencyLeaseTakeoverTest extends KsIntegrationTest {

    @Autowired
    IdempotencyKeys keys;

    @Autowired
    DSLContext db;

    @Test
    void of_several_concurrent_retries_after_the_lease_exactly_one_runs_the_request() throws Exception {
        String scope = "test:" + UUID.randomUUID();
        db.insertInto(SHARED_IDEMPOTENCY_KEY)
                .set(SHARED_IDEMPOTENCY_KEY.SCOPE, scope)
                .set(SHARED_IDEMPOTENCY_KEY.IDEMPOTENCY_KEY, "crashed")
                .set(SHARED_IDEMPOTENCY_KEY.REQUEST_HASH, "hash")
                .set(SHARED_IDEMPOTENCY_KEY.CREATED_AT, Instant.now().minusSeconds(90))
                .set(SHARED_IDEMPOTENCY_KEY.LEASE_UNTIL, Instant.now().minusSeconds(60))
                .execute();
        List<Future<IdempotencyKeys.Claim>> retries = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            Callable<IdempotencyKeys.Claim> retry = () -> keys.claim(scope, "crashed", "hash");
            for (int i = 0; i < 4; i++) {
                retries.add(pool.submit(retry));
            }
        }

        List<IdempotencyKeys.Claim> claims = new ArrayList<>();
        for (var retry : retries) {
            claims.add(retry.get());
        }
        assertThat(claims).filteredOn(IdempotencyKeys.Claimed.class::isInstance).hasSize(1);
        assertThat(claims)
                .filteredOn(IdempotencyKeys.InProgress.class::isInstance)
                .hasSize(3);
    }
}
