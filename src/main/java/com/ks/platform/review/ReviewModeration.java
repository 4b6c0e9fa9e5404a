package com.ks.platform.review;

import com.ks.jooq.tables.records.ReviewReviewRecord;
import com.ks.platform.identity.Roles;
import com.ks.platform.notification.NoticeLink;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.ordering.OrderRoutes;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers and officers do with reviews: 有用 votes, reports, and the officer's decision on reported reviews. A
 * review is never deleted (E-Commerce Law arts. 17, 39); an officer hides its text and photos with a reason that the
 * author is told, its stars keep counting, and every decision is in the audit trail.
 */
@Service
public class ReviewModeration {

    public static final int MAX_NOTE = 200;
    public static final int MIN_REASON = 4;

    private final ReviewRepository reviews;
    private final ModerationRepository moderation;
    private final ReviewQueries queries;
    private final NotificationService notifications;
    private final AuditTrail audit;
    private final ReviewTagging tagging;
    private final Clock clock;

    ReviewModeration(
            ReviewRepository reviews,
            ModerationRepository moderation,
            ReviewQueries queries,
            NotificationService notifications,
            AuditTrail audit,
            ReviewTagging tagging,
            Clock clock) {
        this.reviews = reviews;
        this.moderation = moderation;
        this.queries = queries;
        this.notifications = notifications;
        this.audit = audit;
        this.tagging = tagging;
        this.clock = clock;
    }

    /** Marks the review 有用 or takes the mark back; answers whether it is marked now. Not one's own review. */
    @Transactional
    @PreAuthorize(Roles.IS_SHOPPER)
    public boolean toggleHelpful(UUID reviewId) {
        UUID me = CurrentActor.requireAccountId();
        ReviewReviewRecord review = visible(reviewId);
        if (review.getAccountId().equals(me)) {
            throw new RuleViolated("error.review.ownHelpful");
        }
        if (moderation.addVote(reviewId, me, clock.instant())) {
            return true;
        }
        moderation.removeVote(reviewId, me);
        return false;
    }

    /** Which of these reviews the signed-in shopper marked 有用, and which they wrote (those they cannot mark). */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_SHOPPER)
    public ReaderMarks myMarks(Collection<UUID> reviewIds) {
        if (reviewIds.isEmpty()) {
            return new ReaderMarks(Set.of(), Set.of());
        }
        UUID me = CurrentActor.requireAccountId();
        return new ReaderMarks(moderation.votedBy(me, reviewIds), moderation.writtenBy(me, reviewIds));
    }

    public record ReaderMarks(Set<UUID> helpful, Set<UUID> written) {}

    /** A shopper reports a review once; their own review cannot be reported. */
    @Transactional
    @PreAuthorize(Roles.IS_SHOPPER)
    public void report(UUID reviewId, ReportReason reason, String note) {
        UUID me = CurrentActor.requireAccountId();
        ReviewReviewRecord review = visible(reviewId);
        if (reason == null) {
            throw new RuleViolated(Map.of("reason", "error.reviewReport.reasonRequired"));
        }
        String clean = note == null ? null : note.strip();
        if (clean != null && clean.length() > MAX_NOTE) {
            throw new RuleViolated(Map.of("note", "error.reviewReport.noteTooLong"));
        }
        if (review.getAccountId().equals(me)) {
            throw new RuleViolated("error.reviewReport.own");
        }
        if (!moderation.addReport(
                Ids.newId(clock),
                reviewId,
                me,
                reason,
                clean == null || clean.isEmpty() ? null : clean,
                clock.instant())) {
            throw new RuleViolated("error.reviewReport.already");
        }
    }

    /** The officers' queue: reviews with open reports, the longest-waiting first, with their full content. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    public List<ReportedReview> reported(int offset, int limit) {
        List<ReviewReviewRecord> rows =
                moderation.reported(Math.max(0, offset), Math.clamp(limit, 1, ReviewQueries.MAX_PAGE));
        return queries.asOfficerSees(rows).stream()
                .map(review -> {
                    var open = moderation.openReports(review.id());
                    return new ReportedReview(review, open.count(), open.reasons(), open.latestNote(), open.first());
                })
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    public int countReported() {
        return moderation.countReported();
    }

    /** Hides the review's text and photos with a reason the author is told; its open reports are upheld. */
    @Transactional
    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    public void hide(UUID reviewId, String reason) {
        String clean = reason == null ? "" : reason.strip();
        if (clean.length() < MIN_REASON || clean.length() > MAX_NOTE) {
            throw new RuleViolated(Map.of("reason", "error.reviewReport.hideReason"));
        }
        ReviewReviewRecord review = reviews.find(reviewId).orElseThrow(() -> new NotFound("error.review.notFound"));
        if (!moderation.hide(reviewId, clean, clock.instant())) {
            throw new RuleViolated("error.reviewReport.alreadyHidden");
        }
        tagging.hidden(review.getProductId());
        int upheld = moderation.decideReports(reviewId, ReportState.UPHELD, clock.instant());
        audit.record("moderation.reviewHidden", "review", reviewId.toString(), clean, "reports=" + upheld);
        notifications.send(
                review.getAccountId(),
                new NoticeLink(OrderRoutes.order(review.getOrderId()) + "/review"),
                "notice.review.hidden",
                clean);
    }

    /** Leaves the review as it is and closes its open reports. */
    @Transactional
    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    public void dismissReports(UUID reviewId, String note) {
        String clean = note == null ? "" : note.strip();
        if (clean.length() < MIN_REASON || clean.length() > MAX_NOTE) {
            throw new RuleViolated(Map.of("reason", "error.reviewReport.dismissReason"));
        }
        reviews.find(reviewId).orElseThrow(() -> new NotFound("error.review.notFound"));
        int dismissed = moderation.decideReports(reviewId, ReportState.DISMISSED, clock.instant());
        if (dismissed == 0) {
            throw new RuleViolated("error.reviewReport.nothingOpen");
        }
        audit.record("moderation.reportsDismissed", "review", reviewId.toString(), clean, "reports=" + dismissed);
    }

    /** Photos of a hidden review are no longer served. */
    boolean photoHidden(String photoKey) {
        return moderation.photoOfHiddenReview(photoKey);
    }

    private ReviewReviewRecord visible(UUID reviewId) {
        return reviews.find(reviewId)
                .filter(r -> r.getHiddenAt() == null)
                .orElseThrow(() -> new NotFound("error.review.notFound"));
    }
}
