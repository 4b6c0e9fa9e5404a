package com.ks.platform.engagement;

import static com.ks.jooq.Tables.ENGAGEMENT_DAILY_VIEWS;

import com.ks.platform.shared.Counters;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Product-page views per merchant and business day: a bare counter, nobody's identity in it. */
@Repository
class ProductViewCountRepository {

    private final DSLContext db;

    ProductViewCountRepository(DSLContext db) {
        this.db = db;
    }

    /** One more view; the day's first view inserts the row, yielding to a racing first view (see {@link Counters}). */
    void increment(UUID merchantId, LocalDate day) {
        Counters.add(
                () -> db.update(ENGAGEMENT_DAILY_VIEWS)
                        .set(ENGAGEMENT_DAILY_VIEWS.VIEWS, ENGAGEMENT_DAILY_VIEWS.VIEWS.plus(1))
                        .where(ENGAGEMENT_DAILY_VIEWS.MERCHANT_ID.eq(merchantId))
                        .and(ENGAGEMENT_DAILY_VIEWS.VIEW_DAY.eq(day))
                        .execute(),
                db.insertInto(ENGAGEMENT_DAILY_VIEWS)
                        .set(ENGAGEMENT_DAILY_VIEWS.MERCHANT_ID, merchantId)
                        .set(ENGAGEMENT_DAILY_VIEWS.VIEW_DAY, day)
                        .set(ENGAGEMENT_DAILY_VIEWS.VIEWS, 1L)
                        .onConflictDoNothing());
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
