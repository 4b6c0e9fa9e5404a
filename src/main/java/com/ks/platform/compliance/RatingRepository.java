package com.ks.platform.compliance;

import static com.ks.jooq.Tables.COMPLIANCE_RATING;
import static com.ks.jooq.Tables.COMPLIANCE_RATING_COMPONENT;

import com.ks.platform.shared.Ids;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class RatingRepository {

    private final DSLContext db;
    private final Clock clock;

    RatingRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    void insert(Rating rating) {
        UUID id = Ids.newId(clock);
        db.insertInto(COMPLIANCE_RATING)
                .set(COMPLIANCE_RATING.ID, id)
                .set(COMPLIANCE_RATING.MERCHANT_ID, rating.merchantId())
                .set(COMPLIANCE_RATING.COMPUTED_AT, rating.computedAt())
                .set(COMPLIANCE_RATING.SCORE, rating.score())
                .set(COMPLIANCE_RATING.GRADE, rating.grade())
                .execute();
        for (Rating.Component c : rating.components()) {
            db.insertInto(COMPLIANCE_RATING_COMPONENT)
                    .set(COMPLIANCE_RATING_COMPONENT.RATING_ID, id)
                    .set(COMPLIANCE_RATING_COMPONENT.SOURCE, c.source())
                    .set(COMPLIANCE_RATING_COMPONENT.VALUE_TEXT, c.value())
                    .set(COMPLIANCE_RATING_COMPONENT.WEIGHT, c.weight())
                    .set(COMPLIANCE_RATING_COMPONENT.POINTS, c.points())
                    .execute();
        }
    }

    Optional<Rating> latest(UUID merchantId) {
        return history(merchantId, 1).stream().findFirst();
    }

    /** Newest first. */
    List<Rating> history(UUID merchantId, int limit) {
        return db.selectFrom(COMPLIANCE_RATING)
                .where(COMPLIANCE_RATING.MERCHANT_ID.eq(merchantId))
                .orderBy(COMPLIANCE_RATING.COMPUTED_AT.desc(), COMPLIANCE_RATING.ID.desc())
                .limit(limit)
                .fetch(r -> new Rating(
                        r.getMerchantId(),
                        r.getComputedAt(),
                        r.getScore(),
                        r.getGrade(),
                        db.selectFrom(COMPLIANCE_RATING_COMPONENT)
                                .where(COMPLIANCE_RATING_COMPONENT.RATING_ID.eq(r.getId()))
                                .orderBy(COMPLIANCE_RATING_COMPONENT.SOURCE)
                                .fetch(c -> new Rating.Component(
                                        c.getSource(), c.getValueText(), c.getWeight(), c.getPoints()))));
    }

    /** How many merchants hold each grade now (their latest rating). */
    Map<String, Integer> latestGrades() {
        var later = COMPLIANCE_RATING.as("later");
        return db.select(COMPLIANCE_RATING.GRADE, DSL.count())
                .from(COMPLIANCE_RATING)
                .whereNotExists(DSL.selectOne()
                        .from(later)
                        .where(later.MERCHANT_ID.eq(COMPLIANCE_RATING.MERCHANT_ID))
                        .and(later.COMPUTED_AT
                                .gt(COMPLIANCE_RATING.COMPUTED_AT)
                                .or(later.COMPUTED_AT
                                        .eq(COMPLIANCE_RATING.COMPUTED_AT)
                                        .and(later.ID.gt(COMPLIANCE_RATING.ID)))))
                .groupBy(COMPLIANCE_RATING.GRADE)
                .fetchMap(COMPLIANCE_RATING.GRADE, DSL.count());
    }
}
