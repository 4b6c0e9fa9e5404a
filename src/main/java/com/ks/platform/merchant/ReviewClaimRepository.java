package com.ks.platform.merchant;

import static com.ks.jooq.Tables.MERCHANT_REVIEW_CLAIM;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Repository;

@Repository
class ReviewClaimRepository {

    private final DSLContext db;

    ReviewClaimRepository(DSLContext db) {
        this.db = db;
    }

    Optional<ReviewClaim> find(UUID merchantId) {
        return db.selectFrom(MERCHANT_REVIEW_CLAIM)
                .where(MERCHANT_REVIEW_CLAIM.MERCHANT_ID.eq(merchantId))
                .fetchOptional(r -> new ReviewClaim(
                        r.getMerchantId(), r.getOfficerId(), r.getOfficerLabel(), r.getClaimedAt(), r.getExpiresAt()));
    }

    /**
     * Takes the claim if nobody holds it, it has lapsed, or the officer already holds it (then it is extended). One
     * statement each way, so of two officers at once exactly one gets it, on every node.
     */
    boolean take(UUID merchantId, UUID officerId, String officerLabel, Instant now, Instant expiresAt) {
        int updated = db.update(MERCHANT_REVIEW_CLAIM)
                .set(MERCHANT_REVIEW_CLAIM.OFFICER_ID, officerId)
                .set(MERCHANT_REVIEW_CLAIM.OFFICER_LABEL, officerLabel)
                .set(MERCHANT_REVIEW_CLAIM.CLAIMED_AT, now)
                .set(MERCHANT_REVIEW_CLAIM.EXPIRES_AT, expiresAt)
                .where(MERCHANT_REVIEW_CLAIM.MERCHANT_ID.eq(merchantId))
                .and(MERCHANT_REVIEW_CLAIM.EXPIRES_AT.le(now).or(MERCHANT_REVIEW_CLAIM.OFFICER_ID.eq(officerId)))
                .execute();
        if (updated == 1) {
            return true;
        }
        try {
            return db.insertInto(MERCHANT_REVIEW_CLAIM)
                            .set(MERCHANT_REVIEW_CLAIM.MERCHANT_ID, merchantId)
                            .set(MERCHANT_REVIEW_CLAIM.OFFICER_ID, officerId)
                            .set(MERCHANT_REVIEW_CLAIM.OFFICER_LABEL, officerLabel)
                            .set(MERCHANT_REVIEW_CLAIM.CLAIMED_AT, now)
                            .set(MERCHANT_REVIEW_CLAIM.EXPIRES_AT, expiresAt)
                            .onConflictDoNothing()
                            .execute()
                    == 1;
        } catch (DataIntegrityViolationException | IntegrityConstraintViolationException lostTheRace) {
            // H2 emulates ON CONFLICT with MERGE, which can still report the duplicate under concurrency
            return false;
        }
    }

    boolean releaseMine(UUID merchantId, UUID officerId) {
        return db.deleteFrom(MERCHANT_REVIEW_CLAIM)
                        .where(MERCHANT_REVIEW_CLAIM.MERCHANT_ID.eq(merchantId))
                        .and(MERCHANT_REVIEW_CLAIM.OFFICER_ID.eq(officerId))
                        .execute()
                == 1;
    }

    void delete(UUID merchantId) {
        db.deleteFrom(MERCHANT_REVIEW_CLAIM)
                .where(MERCHANT_REVIEW_CLAIM.MERCHANT_ID.eq(merchantId))
                .execute();
    }
}
