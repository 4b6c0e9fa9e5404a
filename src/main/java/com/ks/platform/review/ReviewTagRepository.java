package com.ks.platform.review;

import static com.ks.jooq.Tables.REVIEW_PRODUCT_RATING;
import static com.ks.jooq.Tables.REVIEW_REVIEW;
import static com.ks.jooq.Tables.REVIEW_TAG;
import static com.ks.jooq.Tables.REVIEW_TAG_COUNT;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Review tags per review, and their counts per product (what the product page reads). */
@Repository
class ReviewTagRepository {

    private final DSLContext db;

    ReviewTagRepository(DSLContext db) {
        this.db = db;
    }

    /** Adds tags the review does not carry yet (a 追评 may add some; none is ever taken away by it). */
    void tag(UUID reviewId, UUID productId, Collection<String> codes) {
        for (String code : codes) {
            db.insertInto(REVIEW_TAG)
                    .set(REVIEW_TAG.REVIEW_ID, reviewId)
                    .set(REVIEW_TAG.TAG_CODE, code)
                    .set(REVIEW_TAG.PRODUCT_ID, productId)
                    .onDuplicateKeyIgnore()
                    .execute();
        }
    }

    /**
     * Counts again, for one product, the visible reviews carrying each tag (a hidden review's words no longer count).
     * Totals, not differences, so running it twice changes nothing; recounts of one product wait for each other.
     */
    void recount(UUID productId) {
        // the product's rating row (there is one once it has a review) orders concurrent recounts of one product
        db.select(REVIEW_PRODUCT_RATING.PRODUCT_ID)
                .from(REVIEW_PRODUCT_RATING)
                .where(REVIEW_PRODUCT_RATING.PRODUCT_ID.eq(productId))
                .forUpdate()
                .fetch();
        db.deleteFrom(REVIEW_TAG_COUNT)
                .where(REVIEW_TAG_COUNT.PRODUCT_ID.eq(productId))
                .execute();
        List<Record3<UUID, String, Integer>> counts = db.select(REVIEW_TAG.PRODUCT_ID, REVIEW_TAG.TAG_CODE, DSL.count())
                .from(REVIEW_TAG)
                .join(REVIEW_REVIEW)
                .on(REVIEW_REVIEW.ID.eq(REVIEW_TAG.REVIEW_ID))
                .where(REVIEW_TAG.PRODUCT_ID.eq(productId))
                .and(REVIEW_REVIEW.HIDDEN_AT.isNull())
                .groupBy(REVIEW_TAG.PRODUCT_ID, REVIEW_TAG.TAG_CODE)
                .fetch();
        for (var count : counts) {
            db.insertInto(REVIEW_TAG_COUNT)
                    .set(REVIEW_TAG_COUNT.PRODUCT_ID, productId)
                    .set(REVIEW_TAG_COUNT.TAG_CODE, count.value2())
                    .set(REVIEW_TAG_COUNT.REVIEW_COUNT, count.value3())
                    .execute();
        }
    }

    /** The product's tags, most often given first (ties in a fixed order). */
    List<Record3<UUID, String, Integer>> counts(UUID productId, int limit) {
        return db.select(REVIEW_TAG_COUNT.PRODUCT_ID, REVIEW_TAG_COUNT.TAG_CODE, REVIEW_TAG_COUNT.REVIEW_COUNT)
                .from(REVIEW_TAG_COUNT)
                .where(REVIEW_TAG_COUNT.PRODUCT_ID.eq(productId))
                .orderBy(REVIEW_TAG_COUNT.REVIEW_COUNT.desc(), REVIEW_TAG_COUNT.TAG_CODE)
                .limit(limit)
                .fetch();
    }

    int count(UUID productId, String code) {
        Integer count = db.select(REVIEW_TAG_COUNT.REVIEW_COUNT)
                .from(REVIEW_TAG_COUNT)
                .where(REVIEW_TAG_COUNT.PRODUCT_ID.eq(productId))
                .and(REVIEW_TAG_COUNT.TAG_CODE.eq(code))
                .fetchOne(REVIEW_TAG_COUNT.REVIEW_COUNT);
        return count == null ? 0 : count;
    }
}
