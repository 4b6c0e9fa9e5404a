package com.ks.platform.engagement;

import static com.ks.jooq.Tables.ENGAGEMENT_FAVOURITE_SHOP;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** 收藏店铺, always for one shopper (the owner id comes first in every method). */
@Repository
class FavouriteShopRepository {

    private final DSLContext db;

    FavouriteShopRepository(DSLContext db) {
        this.db = db;
    }

    boolean exists(UUID accountId, UUID merchantId) {
        return db.fetchExists(
                ENGAGEMENT_FAVOURITE_SHOP,
                ENGAGEMENT_FAVOURITE_SHOP
                        .ACCOUNT_ID
                        .eq(accountId)
                        .and(ENGAGEMENT_FAVOURITE_SHOP.MERCHANT_ID.eq(merchantId)));
    }

    /** In a savepoint, so a concurrent duplicate (a double click) leaves the caller's transaction usable. */
    @Transactional(propagation = Propagation.NESTED)
    void insert(UUID accountId, UUID merchantId, Instant now) {
        db.insertInto(ENGAGEMENT_FAVOURITE_SHOP)
                .set(ENGAGEMENT_FAVOURITE_SHOP.ACCOUNT_ID, accountId)
                .set(ENGAGEMENT_FAVOURITE_SHOP.MERCHANT_ID, merchantId)
                .set(ENGAGEMENT_FAVOURITE_SHOP.ADDED_AT, now)
                .execute();
    }

    boolean delete(UUID accountId, UUID merchantId) {
        return db.deleteFrom(ENGAGEMENT_FAVOURITE_SHOP)
                        .where(ENGAGEMENT_FAVOURITE_SHOP.ACCOUNT_ID.eq(accountId))
                        .and(ENGAGEMENT_FAVOURITE_SHOP.MERCHANT_ID.eq(merchantId))
                        .execute()
                == 1;
    }

    List<UUID> newestFirst(UUID accountId, int offset, int limit) {
        return db.select(ENGAGEMENT_FAVOURITE_SHOP.MERCHANT_ID)
                .from(ENGAGEMENT_FAVOURITE_SHOP)
                .where(ENGAGEMENT_FAVOURITE_SHOP.ACCOUNT_ID.eq(accountId))
                .orderBy(ENGAGEMENT_FAVOURITE_SHOP.ADDED_AT.desc(), ENGAGEMENT_FAVOURITE_SHOP.MERCHANT_ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> r.value1());
    }

    int count(UUID accountId) {
        return db.fetchCount(ENGAGEMENT_FAVOURITE_SHOP, ENGAGEMENT_FAVOURITE_SHOP.ACCOUNT_ID.eq(accountId));
    }
}
