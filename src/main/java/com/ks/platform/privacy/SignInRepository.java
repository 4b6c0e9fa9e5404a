package com.ks.platform.privacy;

import static com.ks.jooq.Tables.PRIVACY_SIGN_IN;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class SignInRepository {

    private final DSLContext db;

    SignInRepository(DSLContext db) {
        this.db = db;
    }

    void insert(UUID id, UUID accountId, Instant at, String remoteAddress) {
        db.insertInto(PRIVACY_SIGN_IN)
                .set(PRIVACY_SIGN_IN.ID, id)
                .set(PRIVACY_SIGN_IN.ACCOUNT_ID, accountId)
                .set(PRIVACY_SIGN_IN.SIGNED_IN_AT, at)
                .set(PRIVACY_SIGN_IN.REMOTE_ADDRESS, remoteAddress)
                .execute();
    }

    List<Map<String, Object>> of(UUID accountId) {
        return db.select(PRIVACY_SIGN_IN.SIGNED_IN_AT, PRIVACY_SIGN_IN.REMOTE_ADDRESS)
                .from(PRIVACY_SIGN_IN)
                .where(PRIVACY_SIGN_IN.ACCOUNT_ID.eq(accountId))
                .orderBy(PRIVACY_SIGN_IN.SIGNED_IN_AT.desc())
                .fetchMaps();
    }

    int deleteOf(UUID accountId) {
        return db.deleteFrom(PRIVACY_SIGN_IN)
                .where(PRIVACY_SIGN_IN.ACCOUNT_ID.eq(accountId))
                .execute();
    }

    int deleteBefore(Instant cutoff) {
        return db.deleteFrom(PRIVACY_SIGN_IN)
                .where(PRIVACY_SIGN_IN.SIGNED_IN_AT.lt(cutoff))
                .execute();
    }
}
