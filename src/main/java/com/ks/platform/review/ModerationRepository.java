package com.ks.platform.review;

import static com.ks.jooq.Tables.REVIEW_HELPFUL_VOTE;
import static com.ks.jooq.Tables.REVIEW_PHOTO;
import static com.ks.jooq.Tables.REVIEW_REPORT;
import static com.ks.jooq.Tables.REVIEW_REVIEW;

import com.ks.jooq.tables.records.ReviewReviewRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** 有用 votes, reports and hiding. The counters move by conditional, atomic updates, so double clicks count once. */
@Repository
class ModerationRepository {

    private final DSLContext db;

    ModerationRepository(DSLContext db) {
        this.db = db;
    }

    /** Adds the vote if it is not there: true when this call added it. */
    boolean addVote(UUID reviewId, UUID accountId, Instant now) {
        int added = db.insertInto(REVIEW_HELPFUL_VOTE)
                .set(REVIEW_HELPFUL_VOTE.REVIEW_ID, reviewId)
                .set(REVIEW_HELPFUL_VOTE.ACCOUNT_ID, accountId)
                .set(REVIEW_HELPFUL_VOTE.CREATED_AT, now)
                .onConflictDoNothing()
                .execute();
        if (added == 1) {
            db.update(REVIEW_REVIEW)
                    .set(REVIEW_REVIEW.HELPFUL_COUNT, REVIEW_REVIEW.HELPFUL_COUNT.plus(1))
                    .where(REVIEW_REVIEW.ID.eq(reviewId))
                    .execute();
        }
        return added == 1;
    }

    boolean removeVote(UUID reviewId, UUID accountId) {
        int removed = db.deleteFrom(REVIEW_HELPFUL_VOTE)
                .where(REVIEW_HELPFUL_VOTE.REVIEW_ID.eq(reviewId))
                .and(REVIEW_HELPFUL_VOTE.ACCOUNT_ID.eq(accountId))
                .execute();
        if (removed == 1) {
            db.update(REVIEW_REVIEW)
                    .set(REVIEW_REVIEW.HELPFUL_COUNT, REVIEW_REVIEW.HELPFUL_COUNT.minus(1))
                    .where(REVIEW_REVIEW.ID.eq(reviewId))
                    .execute();
        }
        return removed == 1;
    }

    int helpfulCount(UUID reviewId) {
        return db.select(REVIEW_REVIEW.HELPFUL_COUNT)
                .from(REVIEW_REVIEW)
                .where(REVIEW_REVIEW.ID.eq(reviewId))
                .fetchOne(REVIEW_REVIEW.HELPFUL_COUNT);
    }

    Set<UUID> votedBy(UUID accountId, Collection<UUID> reviewIds) {
        return new HashSet<>(db.select(REVIEW_HELPFUL_VOTE.REVIEW_ID)
                .from(REVIEW_HELPFUL_VOTE)
                .where(REVIEW_HELPFUL_VOTE.ACCOUNT_ID.eq(accountId))
                .and(REVIEW_HELPFUL_VOTE.REVIEW_ID.in(reviewIds))
                .fetch(REVIEW_HELPFUL_VOTE.REVIEW_ID));
    }

    Set<UUID> writtenBy(UUID accountId, Collection<UUID> reviewIds) {
        return new HashSet<>(db.select(REVIEW_REVIEW.ID)
                .from(REVIEW_REVIEW)
                .where(REVIEW_REVIEW.ACCOUNT_ID.eq(accountId))
                .and(REVIEW_REVIEW.ID.in(reviewIds))
                .fetch(REVIEW_REVIEW.ID));
    }

    /** False when this shopper has reported the review before (the unique key decides, also under a double click). */
    boolean addReport(UUID id, UUID reviewId, UUID accountId, ReportReason reason, String note, Instant now) {
        return db.insertInto(REVIEW_REPORT)
                        .set(REVIEW_REPORT.ID, id)
                        .set(REVIEW_REPORT.REVIEW_ID, reviewId)
                        .set(REVIEW_REPORT.ACCOUNT_ID, accountId)
                        .set(REVIEW_REPORT.REASON, reason)
                        .set(REVIEW_REPORT.NOTE, note)
                        .set(REVIEW_REPORT.STATE, ReportState.OPEN)
                        .set(REVIEW_REPORT.CREATED_AT, now)
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    /** Reviews with open reports, the longest-waiting first. */
    List<ReviewReviewRecord> reported(int offset, int limit) {
        var firstReport = DSL.min(REVIEW_REPORT.CREATED_AT);
        List<UUID> ids = db.select(REVIEW_REPORT.REVIEW_ID)
                .from(REVIEW_REPORT)
                .where(REVIEW_REPORT.STATE.eq(ReportState.OPEN))
                .groupBy(REVIEW_REPORT.REVIEW_ID)
                .orderBy(firstReport, REVIEW_REPORT.REVIEW_ID)
                .offset(offset)
                .limit(limit)
                .fetch(REVIEW_REPORT.REVIEW_ID);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, ReviewReviewRecord> rows =
                db.selectFrom(REVIEW_REVIEW).where(REVIEW_REVIEW.ID.in(ids)).fetchMap(REVIEW_REVIEW.ID);
        return ids.stream().map(rows::get).toList();
    }

    int countReported() {
        return db.fetchCount(db.selectDistinct(REVIEW_REPORT.REVIEW_ID)
                .from(REVIEW_REPORT)
                .where(REVIEW_REPORT.STATE.eq(ReportState.OPEN)));
    }

    /** Open reports of one review: how many per reason, the latest note and the first report's time. */
    OpenReports openReports(UUID reviewId) {
        var rows = db.select(REVIEW_REPORT.REASON, REVIEW_REPORT.NOTE, REVIEW_REPORT.CREATED_AT)
                .from(REVIEW_REPORT)
                .where(REVIEW_REPORT.REVIEW_ID.eq(reviewId))
                .and(REVIEW_REPORT.STATE.eq(ReportState.OPEN))
                .orderBy(REVIEW_REPORT.CREATED_AT)
                .fetch();
        Map<ReportReason, Integer> reasons = new EnumMap<>(ReportReason.class);
        String latestNote = null;
        for (var row : rows) {
            reasons.merge(row.value1(), 1, Integer::sum);
            if (row.value2() != null && !row.value2().isBlank()) {
                latestNote = row.value2();
            }
        }
        return new OpenReports(
                rows.size(),
                reasons,
                latestNote,
                rows.isEmpty() ? null : rows.getFirst().value3());
    }

    record OpenReports(int count, Map<ReportReason, Integer> reasons, String latestNote, Instant first) {}

    /** Closes the review's open reports; answers how many were open (0: someone decided first). */
    int decideReports(UUID reviewId, ReportState outcome, Instant now) {
        return db.update(REVIEW_REPORT)
                .set(REVIEW_REPORT.STATE, outcome)
                .set(REVIEW_REPORT.DECIDED_AT, now)
                .where(REVIEW_REPORT.REVIEW_ID.eq(reviewId))
                .and(REVIEW_REPORT.STATE.eq(ReportState.OPEN))
                .execute();
    }

    /** Hides the review unless it is hidden already. */
    boolean hide(UUID reviewId, String reason, Instant now) {
        return db.update(REVIEW_REVIEW)
                        .set(REVIEW_REVIEW.HIDDEN_AT, now)
                        .set(REVIEW_REVIEW.HIDDEN_REASON, reason)
                        .where(REVIEW_REVIEW.ID.eq(reviewId))
                        .and(REVIEW_REVIEW.HIDDEN_AT.isNull())
                        .execute()
                == 1;
    }

    /** Whether a photo key belongs to a hidden review (its photos are no longer served). */
    boolean photoOfHiddenReview(String photoKey) {
        return db.fetchExists(db.selectOne()
                .from(REVIEW_PHOTO)
                .join(REVIEW_REVIEW)
                .on(REVIEW_REVIEW.ID.eq(REVIEW_PHOTO.REVIEW_ID))
                .where(REVIEW_PHOTO.PHOTO_KEY.eq(photoKey))
                .and(REVIEW_REVIEW.HIDDEN_AT.isNotNull()));
    }
}
