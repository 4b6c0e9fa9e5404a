package com.ks.platform.engagement;

import static com.ks.jooq.Tables.ENGAGEMENT_EVENT;
import static com.ks.jooq.Tables.ENGAGEMENT_FAVOURITE;
import static com.ks.jooq.Tables.ENGAGEMENT_FAVOURITE_SHOP;
import static com.ks.jooq.Tables.ENGAGEMENT_FEEDBACK;
import static com.ks.jooq.Tables.ENGAGEMENT_VIEW;

import com.ks.platform.shared.PersonalData;
import com.ks.platform.shared.RetainedRecords;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Favourites (products and shops), browsing history, behaviour events and recommendation feedback in a person's copy. Erasure deletes the
 * favourites, history and feedback and unties the behaviour events from the account (they stay as anonymous counts).
 * Behaviour events are retained records: the retention job purges them after {@code behaviour-events}.
 */
@Component
class EngagementPersonalData implements PersonalData, RetainedRecords {

    private final DSLContext db;

    EngagementPersonalData(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<Category> export(UUID accountId) {
        return List.of(
                new Category(
                        "favourites",
                        db.select(ENGAGEMENT_FAVOURITE.PRODUCT_ID, ENGAGEMENT_FAVOURITE.ADDED_AT)
                                .from(ENGAGEMENT_FAVOURITE)
                                .where(ENGAGEMENT_FAVOURITE.ACCOUNT_ID.eq(accountId))
                                .orderBy(ENGAGEMENT_FAVOURITE.ADDED_AT)
                                .fetchMaps()),
                new Category(
                        "favouriteShops",
                        db.select(ENGAGEMENT_FAVOURITE_SHOP.MERCHANT_ID, ENGAGEMENT_FAVOURITE_SHOP.ADDED_AT)
                                .from(ENGAGEMENT_FAVOURITE_SHOP)
                                .where(ENGAGEMENT_FAVOURITE_SHOP.ACCOUNT_ID.eq(accountId))
                                .orderBy(ENGAGEMENT_FAVOURITE_SHOP.ADDED_AT)
                                .fetchMaps()),
                new Category(
                        "browsingHistory",
                        db.select(ENGAGEMENT_VIEW.PRODUCT_ID, ENGAGEMENT_VIEW.VIEWED_AT)
                                .from(ENGAGEMENT_VIEW)
                                .where(ENGAGEMENT_VIEW.ACCOUNT_ID.eq(accountId))
                                .orderBy(ENGAGEMENT_VIEW.VIEWED_AT)
                                .fetchMaps()),
                new Category(
                        "behaviourEvents",
                        db.select(
                                        ENGAGEMENT_EVENT.OCCURRED_AT,
                                        ENGAGEMENT_EVENT.EVENT_TYPE,
                                        ENGAGEMENT_EVENT.PRODUCT_ID,
                                        ENGAGEMENT_EVENT.PAGE_ROUTE,
                                        ENGAGEMENT_EVENT.SEARCH_QUERY,
                                        ENGAGEMENT_EVENT.QUANTITY,
                                        ENGAGEMENT_EVENT.FEEDBACK)
                                .from(ENGAGEMENT_EVENT)
                                .where(ENGAGEMENT_EVENT.ACCOUNT_ID.eq(accountId))
                                .orderBy(ENGAGEMENT_EVENT.OCCURRED_AT)
                                .limit(10_000)
                                .fetchMaps()));
    }

    @Override
    public void erase(UUID accountId) {
        db.deleteFrom(ENGAGEMENT_FAVOURITE)
                .where(ENGAGEMENT_FAVOURITE.ACCOUNT_ID.eq(accountId))
                .execute();
        db.deleteFrom(ENGAGEMENT_FAVOURITE_SHOP)
                .where(ENGAGEMENT_FAVOURITE_SHOP.ACCOUNT_ID.eq(accountId))
                .execute();
        db.deleteFrom(ENGAGEMENT_VIEW)
                .where(ENGAGEMENT_VIEW.ACCOUNT_ID.eq(accountId))
                .execute();
        db.deleteFrom(ENGAGEMENT_FEEDBACK)
                .where(ENGAGEMENT_FEEDBACK.ACCOUNT_ID.eq(accountId))
                .execute();
        db.update(ENGAGEMENT_EVENT)
                .setNull(ENGAGEMENT_EVENT.ACCOUNT_ID)
                .where(ENGAGEMENT_EVENT.ACCOUNT_ID.eq(accountId))
                .execute();
    }

    @Override
    public String name() {
        return "behaviour-events";
    }

    @Override
    @Transactional
    public int purgeBefore(Instant cutoff) {
        return db.deleteFrom(ENGAGEMENT_EVENT)
                .where(ENGAGEMENT_EVENT.OCCURRED_AT.lt(cutoff))
                .execute();
    }
}
