package com.ks.platform.engagement;

import static com.ks.jooq.Tables.ENGAGEMENT_VIEW;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class ViewHistoryRepository {

    private final DSLContext db;

    ViewHistoryRepository(DSLContext db) {
        this.db = db;
    }

    /** One row per product: a new visit moves it to the top. */
    boolean moveToTop(UUID accountId, UUID productId, Instant now) {
        return db.update(ENGAGEMENT_VIEW)
                        .set(ENGAGEMENT_VIEW.VIEWED_AT, now)
                        .where(ENGAGEMENT_VIEW.ACCOUNT_ID.eq(accountId))
                        .and(ENGAGEMENT_VIEW.PRODUCT_ID.eq(productId))
                        .execute()
                == 1;
    }

    /** In a savepoint: two tabs opening the product at once collide here, and the caller ignores the second. */
    @Transactional(propagation = Propagation.NESTED)
    void insert(UUID accountId, UUID productId, Instant now) {
        db.insertInto(ENGAGEMENT_VIEW)
                .set(ENGAGEMENT_VIEW.ACCOUNT_ID, accountId)
                .set(ENGAGEMENT_VIEW.PRODUCT_ID, productId)
                .set(ENGAGEMENT_VIEW.VIEWED_AT, now)
                .execute();
    }

    List<UUID> newestFirst(UUID accountId, int offset, int limit) {
        return db.select(ENGAGEMENT_VIEW.PRODUCT_ID)
                .from(ENGAGEMENT_VIEW)
                .where(ENGAGEMENT_VIEW.ACCOUNT_ID.eq(accountId))
                .orderBy(ENGAGEMENT_VIEW.VIEWED_AT.desc(), ENGAGEMENT_VIEW.PRODUCT_ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> r.value1());
    }

    int count(UUID accountId) {
        return db.fetchCount(ENGAGEMENT_VIEW, ENGAGEMENT_VIEW.ACCOUNT_ID.eq(accountId));
    }

    int clear(UUID accountId) {
        return db.deleteFrom(ENGAGEMENT_VIEW)
                .where(ENGAGEMENT_VIEW.ACCOUNT_ID.eq(accountId))
                .execute();
    }
}
