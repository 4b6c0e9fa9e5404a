package com.ks.platform.aftersales;

import static com.ks.jooq.Tables.ORDERING_ORDER_EVENT;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;

/** Moves an order's delivery into the past, so every after-sales period of its lines is over. */
final class TestDeliveries {

    private TestDeliveries() {}

    static void deliveredAgo(DSLContext db, UUID orderId, Duration ago) {
        db.update(ORDERING_ORDER_EVENT)
                .set(ORDERING_ORDER_EVENT.OCCURRED_AT, Instant.now().minus(ago))
                .where(ORDERING_ORDER_EVENT.ORDER_ID.eq(orderId).and(ORDERING_ORDER_EVENT.TO_STATUS.eq("DELIVERED")))
                .execute();
    }
}
