package com.ks.platform.engagement;

import static com.ks.jooq.Tables.ENGAGEMENT_DAILY_VIEWS;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** Product-page views per merchant and business day: a bare counter, nobody's identity in it. */
@Repository
class ProductViewCountRepository {

    private final DSLContext db;

    ProductViewCountRepository(DSLContext db) {
        this.db = db;
    }

    /** One more view; the first view of a day inserts the row (a racing first view updates it instead). */
    void increment(UUID merchantId, LocalDate day) {
        if (addOne(merchantId, day) > 0) {
            return;
        }
        try {
            db.insertInto(ENGAGEMENT_DAILY_VIEWS)
                    .set(ENGAGEMENT_DAILY_VIEWS.MERCHANT_ID, merchantId)
                    .set(ENGAGEMENT_DAILY_VIEWS.VIEW_DAY, day)
                    .set(ENGAGEMENT_DAILY_VIEWS.VIEWS, 1L)
                    .execute();
        } catch (DuplicateKeyException racingFirstView) {
            addOne(merchantId, day);
        }
    }

    private int addOne(UUID merchantId, LocalDate day) {
        return db.update(ENGAGEMENT_DAILY_VIEWS)
                .set(ENGAGEMENT_DAILY_VIEWS.VIEWS, ENGAGEMENT_DAILY_VIEWS.VIEWS.plus(1))
                .where(ENGAGEMENT_DAILY_VIEWS.MERCHANT_ID.eq(merchantId))
                .and(ENGAGEMENT_DAILY_VIEWS.VIEW_DAY.eq(day))
                .execute();
    }

    /** Days with at least one view between the two days (both included). */
    Map<LocalDate, Long> perDay(UUID merchantId, LocalDate from, LocalDate to) {
        return db.select(ENGAGEMENT_DAILY_VIEWS.VIEW_DAY, ENGAGEMENT_DAILY_VIEWS.VIEWS)
                .from(ENGAGEMENT_DAILY_VIEWS)
                .where(ENGAGEMENT_DAILY_VIEWS.MERCHANT_ID.eq(merchantId))
                .and(ENGAGEMENT_DAILY_VIEWS.VIEW_DAY.between(from, to))
                .fetchMap(ENGAGEMENT_DAILY_VIEWS.VIEW_DAY, ENGAGEMENT_DAILY_VIEWS.VIEWS);
    }
}
