package com.ks.platform.review;

import static com.ks.jooq.Tables.REVIEW_PHOTO;
import static com.ks.jooq.Tables.REVIEW_PRODUCT_RATING;
import static com.ks.jooq.Tables.REVIEW_REVIEW;
import static com.ks.jooq.Tables.REVIEW_TAG;

import com.ks.jooq.tables.records.ReviewReviewRecord;
import com.ks.platform.shared.ProductRatingsChanged;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** Reviews and their photos. No delete: reviews stay (E-Commerce Law arts. 17, 39). */
@Repository
class ReviewRepository {

    private final DSLContext db;

    ReviewRepository(DSLContext db) {
        this.db = db;
    }

    void insert(ReviewReviewRecord review, List<String> photoKeys) {
        db.executeInsert(review);
        for (int i = 0; i < photoKeys.size(); i++) {
            db.insertInto(REVIEW_PHOTO)
                    .set(REVIEW_PHOTO.REVIEW_ID, review.getId())
                    .set(REVIEW_PHOTO.PHOTO_INDEX, i)
                    .set(REVIEW_PHOTO.PHOTO_KEY, photoKeys.get(i))
                    .execute();
        }
    }

    Optional<ReviewReviewRecord> find(UUID reviewId) {
        return db.selectFrom(REVIEW_REVIEW).where(REVIEW_REVIEW.ID.eq(reviewId)).fetchOptional();
    }

    boolean lineReviewed(UUID lineId) {
        return db.fetchExists(REVIEW_REVIEW, REVIEW_REVIEW.ORDER_LINE_ID.eq(lineId));
    }

    List<ReviewReviewRecord> ofOrder(UUID orderId, UUID accountId) {
        return db.selectFrom(REVIEW_REVIEW)
                .where(REVIEW_REVIEW.ORDER_ID.eq(orderId))
                .and(REVIEW_REVIEW.ACCOUNT_ID.eq(accountId))
                .fetch();
    }

    /** Sets the follow-up only if there is none yet: one row updated, or it was already there. */
    boolean followUp(UUID reviewId, UUID accountId, String body, Instant now) {
        return db.update(REVIEW_REVIEW)
                        .set(REVIEW_REVIEW.FOLLOW_UP_BODY, body)
                        .set(REVIEW_REVIEW.FOLLOW_UP_AT, now)
                        .where(REVIEW_REVIEW.ID.eq(reviewId))
                        .and(REVIEW_REVIEW.ACCOUNT_ID.eq(accountId))
                        .and(REVIEW_REVIEW.FOLLOW_UP_BODY.isNull())
                        .execute()
                == 1;
    }

    /** Sets the reply only if there is none yet. */
    boolean reply(UUID reviewId, UUID merchantId, String body, Instant now) {
        return db.update(REVIEW_REVIEW)
                        .set(REVIEW_REVIEW.REPLY_BODY, body)
                        .set(REVIEW_REVIEW.REPLY_AT, now)
                        .where(REVIEW_REVIEW.ID.eq(reviewId))
                        .and(REVIEW_REVIEW.MERCHANT_ID.eq(merchantId))
                        .and(REVIEW_REVIEW.REPLY_BODY.isNull())
                        .execute()
                == 1;
    }

    /**
     * Adds one rating to the product's totals and answers the new totals. The update holds the row until commit, so a
     * second review of the same product waits and then counts on top of this one.
     */
    ProductRatingsChanged addRating(UUID productId, int stars) {
        try {
            db.insertInto(REVIEW_PRODUCT_RATING)
                    .set(REVIEW_PRODUCT_RATING.PRODUCT_ID, productId)
                    .set(REVIEW_PRODUCT_RATING.RATING_COUNT, 0)
                    .set(REVIEW_PRODUCT_RATING.RATING_SUM, 0)
                    .onConflictDoNothing()
                    .execute();
        } catch (DuplicateKeyException raced) {
            // H2 emulates ON CONFLICT with MERGE, which can still collide: the row is there, as wanted
        }
        db.update(REVIEW_PRODUCT_RATING)
                .set(REVIEW_PRODUCT_RATING.RATING_COUNT, REVIEW_PRODUCT_RATING.RATING_COUNT.plus(1))
                .set(REVIEW_PRODUCT_RATING.RATING_SUM, REVIEW_PRODUCT_RATING.RATING_SUM.plus(stars))
                .where(REVIEW_PRODUCT_RATING.PRODUCT_ID.eq(productId))
                .execute();
        var totals = db.select(REVIEW_PRODUCT_RATING.RATING_COUNT, REVIEW_PRODUCT_RATING.RATING_SUM)
                .from(REVIEW_PRODUCT_RATING)
                .where(REVIEW_PRODUCT_RATING.PRODUCT_ID.eq(productId))
                .fetchOne();
        return new ProductRatingsChanged(productId, totals.value1(), totals.value2());
    }

    RatingSummary summary(UUID productId) {
        var stars = db.select(REVIEW_REVIEW.STARS, DSL.count())
                .from(REVIEW_REVIEW)
                .where(REVIEW_REVIEW.PRODUCT_ID.eq(productId))
                .groupBy(REVIEW_REVIEW.STARS)
                .fetchMap(REVIEW_REVIEW.STARS, DSL.count());
        int count = stars.values().stream().mapToInt(Integer::intValue).sum();
        if (count == 0) {
            return RatingSummary.NONE;
        }
        int sum = stars.entrySet().stream()
                .mapToInt(e -> e.getKey() * e.getValue())
                .sum();
        List<Integer> byStars = List.of(5, 4, 3, 2, 1).stream()
                .map(s -> stars.getOrDefault(s, 0))
                .toList();
        int withPhotos = db.fetchCount(REVIEW_REVIEW, of(productId, ReviewFilter.WITH_PHOTOS));
        int followUps = db.fetchCount(REVIEW_REVIEW, of(productId, ReviewFilter.FOLLOW_UPS));
        return new RatingSummary(count, sum, byStars, withPhotos, followUps);
    }

    List<ReviewReviewRecord> page(UUID productId, ReviewFilter filter, int offset, int limit) {
        return db.selectFrom(REVIEW_REVIEW)
                .where(of(productId, filter))
                .orderBy(REVIEW_REVIEW.CREATED_AT.desc(), REVIEW_REVIEW.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch();
    }

    /** The visible reviews of the product carrying the tag, newest first. */
    List<ReviewReviewRecord> pageTagged(UUID productId, String tagCode, int offset, int limit) {
        return db.selectFrom(REVIEW_REVIEW)
                .where(REVIEW_REVIEW.PRODUCT_ID.eq(productId))
                .and(REVIEW_REVIEW.HIDDEN_AT.isNull())
                .andExists(DSL.selectOne()
                        .from(REVIEW_TAG)
                        .where(REVIEW_TAG.REVIEW_ID.eq(REVIEW_REVIEW.ID))
                        .and(REVIEW_TAG.TAG_CODE.eq(tagCode)))
                .orderBy(REVIEW_REVIEW.CREATED_AT.desc(), REVIEW_REVIEW.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch();
    }

    List<ReviewReviewRecord> ofMerchant(UUID merchantId, boolean unansweredOnly, int offset, int limit) {
        return db.selectFrom(REVIEW_REVIEW)
                .where(merchant(merchantId, unansweredOnly))
                .orderBy(REVIEW_REVIEW.CREATED_AT.desc(), REVIEW_REVIEW.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch();
    }

    int countOfMerchant(UUID merchantId, boolean unansweredOnly) {
        return db.fetchCount(REVIEW_REVIEW, merchant(merchantId, unansweredOnly));
    }

    Map<UUID, List<String>> photoKeys(Collection<UUID> reviewIds) {
        return db
                .select(REVIEW_PHOTO.REVIEW_ID, REVIEW_PHOTO.PHOTO_KEY)
                .from(REVIEW_PHOTO)
                .where(REVIEW_PHOTO.REVIEW_ID.in(reviewIds))
                .orderBy(REVIEW_PHOTO.REVIEW_ID, REVIEW_PHOTO.PHOTO_INDEX)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> r.value1(), Collectors.mapping(r -> r.value2(), Collectors.toList())));
    }

    private static Condition merchant(UUID merchantId, boolean unansweredOnly) {
        Condition condition = REVIEW_REVIEW.MERCHANT_ID.eq(merchantId);
        return unansweredOnly ? condition.and(REVIEW_REVIEW.REPLY_BODY.isNull()) : condition;
    }

    private static Condition of(UUID productId, ReviewFilter filter) {
        Condition product = REVIEW_REVIEW.PRODUCT_ID.eq(productId);
        return switch (filter) {
            case ALL -> product;
            case WITH_PHOTOS -> product.and(REVIEW_REVIEW.PHOTO_COUNT.gt(0));
            case GOOD -> product.and(REVIEW_REVIEW.STARS.ge(4));
            case NEUTRAL -> product.and(REVIEW_REVIEW.STARS.eq(3));
            case BAD -> product.and(REVIEW_REVIEW.STARS.le(2));
            case FOLLOW_UPS -> product.and(REVIEW_REVIEW.FOLLOW_UP_BODY.isNotNull());
        };
    }
}
