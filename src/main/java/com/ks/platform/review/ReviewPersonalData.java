package com.ks.platform.review;

import static com.ks.jooq.Tables.REVIEW_REVIEW;

import com.ks.platform.shared.FreeTexts;
import com.ks.platform.shared.PersonalData;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Reviews in a person's copy. On erasure a review stays — other buyers rely on it and the product's rating is built
 * from it — but without its author: the name is replaced and contact details in its texts are masked.
 */
@Component
class ReviewPersonalData implements PersonalData {

    private final DSLContext db;

    ReviewPersonalData(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<Category> export(UUID accountId) {
        return List.of(new Category(
                "reviews",
                db.select(
                                REVIEW_REVIEW.PRODUCT_ID,
                                REVIEW_REVIEW.AUTHOR_NAME,
                                REVIEW_REVIEW.STARS,
                                REVIEW_REVIEW.BODY,
                                REVIEW_REVIEW.CREATED_AT,
                                REVIEW_REVIEW.FOLLOW_UP_BODY,
                                REVIEW_REVIEW.FOLLOW_UP_AT)
                        .from(REVIEW_REVIEW)
                        .where(REVIEW_REVIEW.ACCOUNT_ID.eq(accountId))
                        .orderBy(REVIEW_REVIEW.CREATED_AT)
                        .fetchMaps()));
    }

    @Override
    public void erase(UUID accountId) {
        var reviews = db.selectFrom(REVIEW_REVIEW)
                .where(REVIEW_REVIEW.ACCOUNT_ID.eq(accountId))
                .fetch();
        for (var review : reviews) {
            review.setAuthorName(ERASED_NAME);
            review.setBody(FreeTexts.deidentify(review.getBody()));
            review.setFollowUpBody(FreeTexts.deidentify(review.getFollowUpBody()));
            review.store();
        }
    }
}
