package com.ks.platform.engagement;

import static com.ks.jooq.Tables.ENGAGEMENT_FAVOURITE;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class FavouriteRepository {

    private final DSLContext db;

    FavouriteRepository(DSLContext db) {
        this.db = db;
    }

    boolean exists(UUID accountId, UUID productId) {
        return db.fetchExists(
                ENGAGEMENT_FAVOURITE,
                ENGAGEMENT_FAVOURITE.ACCOUNT_ID.eq(accountId).and(ENGAGEMENT_FAVOURITE.PRODUCT_ID.eq(productId)));
    }

    /** Which of the products are the shopper's favourites (one query for a page of cards). */
    Set<UUID> favouritesAmong(UUID accountId, Collection<UUID> productIds) {
        return new HashSet<>(db.select(ENGAGEMENT_FAVOURITE.PRODUCT_ID)
                .from(ENGAGEMENT_FAVOURITE)
                .where(ENGAGEMENT_FAVOURITE.ACCOUNT_ID.eq(accountId))
                .and(ENGAGEMENT_FAVOURITE.PRODUCT_ID.in(productIds))
                .fetch(r -> r.value1()));
    }

    /** In a savepoint, so a concurrent duplicate (a double click) leaves the caller's transaction usable. */
    @Transactional(propagation = Propagation.NESTED)
    void insert(UUID accountId, UUID productId, Instant now) {
        db.insertInto(ENGAGEMENT_FAVOURITE)
                .set(ENGAGEMENT_FAVOURITE.ACCOUNT_ID, accountId)
                .set(ENGAGEMENT_FAVOURITE.PRODUCT_ID, productId)
                .set(ENGAGEMENT_FAVOURITE.ADDED_AT, now)
                .execute();
    }

    boolean delete(UUID accountId, UUID productId) {
        return db.deleteFrom(ENGAGEMENT_FAVOURITE)
                        .where(ENGAGEMENT_FAVOURITE.ACCOUNT_ID.eq(accountId))
                        .and(ENGAGEMENT_FAVOURITE.PRODUCT_ID.eq(productId))
                        .execute()
                == 1;
    }

    List<UUID> newestFirst(UUID accountId, int offset, int limit) {
        return db.select(ENGAGEMENT_FAVOURITE.PRODUCT_ID)
                .from(ENGAGEMENT_FAVOURITE)
                .where(ENGAGEMENT_FAVOURITE.ACCOUNT_ID.eq(accountId))
                .orderBy(ENGAGEMENT_FAVOURITE.ADDED_AT.desc(), ENGAGEMENT_FAVOURITE.PRODUCT_ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> r.value1());
    }

    int count(UUID accountId) {
        return db.fetchCount(ENGAGEMENT_FAVOURITE, ENGAGEMENT_FAVOURITE.ACCOUNT_ID.eq(accountId));
    }
}
