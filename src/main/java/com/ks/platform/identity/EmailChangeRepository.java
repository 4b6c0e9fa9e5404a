package com.ks.platform.identity;

import static com.ks.jooq.Tables.IDENTITY_ACCOUNT;
import static com.ks.jooq.Tables.IDENTITY_EMAIL_CHANGE;

import com.ks.jooq.tables.records.IdentityEmailChangeRecord;
import com.ks.platform.shared.PersonalDataCipher;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class EmailChangeRepository {

    private final DSLContext db;
    private final PersonalDataCipher cipher;

    EmailChangeRepository(DSLContext db, PersonalDataCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    void insert(UUID id, UUID accountId, String newEmail, String tokenHash, Instant now, Instant expiresAt) {
        db.insertInto(IDENTITY_EMAIL_CHANGE)
                .set(IDENTITY_EMAIL_CHANGE.ID, id)
                .set(IDENTITY_EMAIL_CHANGE.ACCOUNT_ID, accountId)
                .set(IDENTITY_EMAIL_CHANGE.NEW_EMAIL, newEmail)
                .set(IDENTITY_EMAIL_CHANGE.TOKEN_HASH, tokenHash)
                .set(IDENTITY_EMAIL_CHANGE.REQUESTED_AT, now)
                .set(IDENTITY_EMAIL_CHANGE.EXPIRES_AT, expiresAt)
                .execute();
    }

    /** An earlier request's link stops working when a new one is asked for: only the latest address can win. */
    void withdrawOpen(UUID accountId, Instant now) {
        db.update(IDENTITY_EMAIL_CHANGE)
                .set(IDENTITY_EMAIL_CHANGE.EXPIRES_AT, now)
                .where(IDENTITY_EMAIL_CHANGE.ACCOUNT_ID.eq(accountId))
                .and(IDENTITY_EMAIL_CHANGE.CONFIRMED_AT.isNull())
                .and(IDENTITY_EMAIL_CHANGE.EXPIRES_AT.gt(now))
                .execute();
    }

    int countSince(UUID accountId, Instant since) {
        return db.fetchCount(
                IDENTITY_EMAIL_CHANGE,
                IDENTITY_EMAIL_CHANGE.ACCOUNT_ID.eq(accountId).and(IDENTITY_EMAIL_CHANGE.REQUESTED_AT.ge(since)));
    }

    Optional<IdentityEmailChangeRecord> findOpen(String tokenHash, Instant now) {
        return db.selectFrom(IDENTITY_EMAIL_CHANGE)
                .where(IDENTITY_EMAIL_CHANGE.TOKEN_HASH.eq(tokenHash))
                .and(IDENTITY_EMAIL_CHANGE.CONFIRMED_AT.isNull())
                .and(IDENTITY_EMAIL_CHANGE.EXPIRES_AT.gt(now))
                .fetchOptional();
    }

    /** Uses the request once: of two confirmations at the same moment one updates the row, the other nothing. */
    boolean markConfirmed(UUID id, Instant now) {
        return db.update(IDENTITY_EMAIL_CHANGE)
                        .set(IDENTITY_EMAIL_CHANGE.CONFIRMED_AT, now)
                        .where(IDENTITY_EMAIL_CHANGE.ID.eq(id))
                        .and(IDENTITY_EMAIL_CHANGE.CONFIRMED_AT.isNull())
                        .execute()
                == 1;
    }

    boolean changeEmail(UUID accountId, String newEmail) {
        return db.update(IDENTITY_ACCOUNT)
                        .set(IDENTITY_ACCOUNT.EMAIL, newEmail)
                        // e-mail is encrypted at rest; sign-in finds the account by this blind index
                        .set(IDENTITY_ACCOUNT.EMAIL_INDEX, cipher.blindIndex(newEmail))
                        .where(IDENTITY_ACCOUNT.ID.eq(accountId))
                        .and(IDENTITY_ACCOUNT.STATUS.eq(AccountStatus.ACTIVE.name()))
                        .execute()
                == 1;
    }
}
