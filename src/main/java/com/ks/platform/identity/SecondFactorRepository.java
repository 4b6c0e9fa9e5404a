package com.ks.platform.identity;

import static com.ks.jooq.Tables.IDENTITY_ACCOUNT_ROLE;
import static com.ks.jooq.Tables.IDENTITY_RECOVERY_CODE;
import static com.ks.jooq.Tables.IDENTITY_TOTP;

import com.ks.jooq.tables.records.IdentityTotpRecord;
import com.ks.platform.shared.Ids;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** TOTP secrets and recovery codes (identity_totp, identity_recovery_code). */
@Repository
class SecondFactorRepository {

    private final DSLContext db;

    SecondFactorRepository(DSLContext db) {
        this.db = db;
    }

    Optional<IdentityTotpRecord> totpOf(UUID accountId) {
        return db.fetchOptional(IDENTITY_TOTP, IDENTITY_TOTP.ACCOUNT_ID.eq(accountId));
    }

    /** @return false when the account has a TOTP already (two enrolments at once: one wins) */
    boolean insertTotp(UUID accountId, String secret, long usedStep, Instant now) {
        return db.insertInto(IDENTITY_TOTP)
                        .set(IDENTITY_TOTP.ACCOUNT_ID, accountId)
                        .set(IDENTITY_TOTP.SECRET, secret)
                        .set(IDENTITY_TOTP.LAST_USED_STEP, usedStep)
                        .set(IDENTITY_TOTP.ENROLLED_AT, now)
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    /**
     * Takes the step for the account unless it, or a later one, was taken already: one conditional update, so two
     * submissions of the same code at once accept one (RFC 6238 §5.2: a verifier must not accept a code twice).
     */
    boolean takeStep(UUID accountId, long step) {
        return db.update(IDENTITY_TOTP)
                        .set(IDENTITY_TOTP.LAST_USED_STEP, step)
                        .where(IDENTITY_TOTP.ACCOUNT_ID.eq(accountId))
                        .and(IDENTITY_TOTP.LAST_USED_STEP.lt(step))
                        .execute()
                == 1;
    }

    void replaceRecoveryCodes(UUID accountId, List<String> codeHashes) {
        db.deleteFrom(IDENTITY_RECOVERY_CODE)
                .where(IDENTITY_RECOVERY_CODE.ACCOUNT_ID.eq(accountId))
                .execute();
        for (String hash : codeHashes) {
            db.insertInto(IDENTITY_RECOVERY_CODE)
                    .set(IDENTITY_RECOVERY_CODE.ID, Ids.newId())
                    .set(IDENTITY_RECOVERY_CODE.ACCOUNT_ID, accountId)
                    .set(IDENTITY_RECOVERY_CODE.CODE_HASH, hash)
                    .execute();
        }
    }

    int unusedRecoveryCodes(UUID accountId) {
        return db.fetchCount(
                IDENTITY_RECOVERY_CODE,
                IDENTITY_RECOVERY_CODE.ACCOUNT_ID.eq(accountId).and(IDENTITY_RECOVERY_CODE.USED_AT.isNull()));
    }

    /** Marks the code used if it is the account's and unused; at most one of two concurrent uses succeeds. */
    boolean useRecoveryCode(UUID accountId, String codeHash, Instant now) {
        return db.update(IDENTITY_RECOVERY_CODE)
                        .set(IDENTITY_RECOVERY_CODE.USED_AT, now)
                        .where(IDENTITY_RECOVERY_CODE.ACCOUNT_ID.eq(accountId))
                        .and(IDENTITY_RECOVERY_CODE.CODE_HASH.eq(codeHash))
                        .and(IDENTITY_RECOVERY_CODE.USED_AT.isNull())
                        .execute()
                == 1;
    }

    boolean recoveryCodeExists(UUID accountId, String codeHash) {
        return db.fetchExists(
                IDENTITY_RECOVERY_CODE,
                IDENTITY_RECOVERY_CODE.ACCOUNT_ID.eq(accountId).and(IDENTITY_RECOVERY_CODE.CODE_HASH.eq(codeHash)));
    }

    /** Accounts holding a staff role (any but SHOPPER) without a TOTP: the demo seeder enrols them. */
    List<UUID> staffWithoutTotp() {
        return db.selectDistinct(IDENTITY_ACCOUNT_ROLE.ACCOUNT_ID)
                .from(IDENTITY_ACCOUNT_ROLE)
                .where(IDENTITY_ACCOUNT_ROLE.ROLE_NAME.ne(Role.SHOPPER.name()))
                .andNotExists(DSL.selectOne()
                        .from(IDENTITY_TOTP)
                        .where(IDENTITY_TOTP.ACCOUNT_ID.eq(IDENTITY_ACCOUNT_ROLE.ACCOUNT_ID)))
                .fetch(IDENTITY_ACCOUNT_ROLE.ACCOUNT_ID);
    }
}
