package com.ks.platform.merchant;

import static com.ks.jooq.Tables.MERCHANT_REVIEW_DECISION;

import com.ks.jooq.tables.records.MerchantReviewDecisionRecord;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class ReviewDecisionRepository {

    private final DSLContext db;

    ReviewDecisionRepository(DSLContext db) {
        this.db = db;
    }

    void insert(ReviewDecision decision, UUID officerId) {
        db.insertInto(MERCHANT_REVIEW_DECISION)
                .set(MERCHANT_REVIEW_DECISION.ID, decision.id())
                .set(MERCHANT_REVIEW_DECISION.MERCHANT_ID, decision.merchantId())
                .set(MERCHANT_REVIEW_DECISION.OUTCOME, decision.outcome().name())
                .set(
                        MERCHANT_REVIEW_DECISION.REASON_CODE,
                        decision.reason() == null ? null : decision.reason().name())
                .set(MERCHANT_REVIEW_DECISION.MESSAGE, decision.message())
                .set(
                        MERCHANT_REVIEW_DECISION.REQUESTED_KINDS,
                        decision.requestedKinds().isEmpty()
                                ? null
                                : decision.requestedKinds().stream()
                                        .map(Enum::name)
                                        .collect(Collectors.joining(",")))
                .set(MERCHANT_REVIEW_DECISION.DOCUMENTS_SEEN, String.join(",", decision.documentsSeen()))
                .set(MERCHANT_REVIEW_DECISION.OFFICER_ID, officerId)
                .set(MERCHANT_REVIEW_DECISION.OFFICER_LABEL, decision.officerLabel())
                .set(MERCHANT_REVIEW_DECISION.DECIDED_AT, decision.decidedAt())
                .execute();
    }

    /** Newest first. */
    List<ReviewDecision> listFor(UUID merchantId, int limit) {
        return db.selectFrom(MERCHANT_REVIEW_DECISION)
                .where(MERCHANT_REVIEW_DECISION.MERCHANT_ID.eq(merchantId))
                .orderBy(MERCHANT_REVIEW_DECISION.DECIDED_AT.desc(), MERCHANT_REVIEW_DECISION.ID.desc())
                .limit(limit)
                .fetch(ReviewDecisionRepository::toDecision);
    }

    Optional<ReviewDecision> lastFor(UUID merchantId) {
        return listFor(merchantId, 1).stream().findFirst();
    }

    private static ReviewDecision toDecision(MerchantReviewDecisionRecord r) {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        if (r.getRequestedKinds() != null) {
            Arrays.stream(r.getRequestedKinds().split(","))
                    .map(DocumentKind::valueOf)
                    .forEach(kinds::add);
        }
        return new ReviewDecision(
                r.getId(),
                r.getMerchantId(),
                ReviewOutcome.valueOf(r.getOutcome()),
                r.getReasonCode() == null ? null : RejectionReason.valueOf(r.getReasonCode()),
                r.getMessage(),
                kinds,
                r.getDocumentsSeen().isEmpty()
                        ? List.of()
                        : List.of(r.getDocumentsSeen().split(",")),
                r.getOfficerLabel(),
                r.getDecidedAt());
    }
}
