package com.ks.platform.ordering;

import static com.ks.jooq.Tables.ORDERING_ORDER;
import static com.ks.jooq.Tables.ORDERING_ORDER_LINE;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Who received which product: orders delivered or completed that hold a line of it. */
@Repository
class BuyerRepository {

    private static final List<String> RECEIVED = Arrays.stream(OrderStatus.values())
            .filter(OrderStatus::reviewable)
            .map(Enum::name)
            .toList();

    private final DSLContext db;

    BuyerRepository(DSLContext db) {
        this.db = db;
    }

    boolean received(UUID accountId, UUID productId) {
        return db.fetchExists(db.selectOne()
                .from(ORDERING_ORDER_LINE)
                .join(ORDERING_ORDER)
                .on(ORDERING_ORDER.ID.eq(ORDERING_ORDER_LINE.ORDER_ID))
                .where(ORDERING_ORDER_LINE.PRODUCT_ID.eq(productId))
                .and(ORDERING_ORDER.ACCOUNT_ID.eq(accountId))
                .and(ORDERING_ORDER.STATUS.in(RECEIVED)));
    }

    List<UUID> recentBuyers(UUID productId, int limit) {
        var latest = DSL.max(ORDERING_ORDER.PLACED_AT);
        return db.select(ORDERING_ORDER.ACCOUNT_ID)
                .from(ORDERING_ORDER_LINE)
                .join(ORDERING_ORDER)
                .on(ORDERING_ORDER.ID.eq(ORDERING_ORDER_LINE.ORDER_ID))
                .where(ORDERING_ORDER_LINE.PRODUCT_ID.eq(productId))
                .and(ORDERING_ORDER.STATUS.in(RECEIVED))
                .groupBy(ORDERING_ORDER.ACCOUNT_ID)
                .orderBy(latest.desc(), ORDERING_ORDER.ACCOUNT_ID)
                .limit(limit)
                .fetch(ORDERING_ORDER.ACCOUNT_ID);
    }
}
