package com.ks.platform.identity;

import static com.ks.jooq.Tables.IDENTITY_ACCOUNT;

import java.util.UUID;
import org.springframework.stereotype.Repository;

/** The few writes only administrators make to an account row; each one conditional, so a stale screen changes nothing. */
@Repository
class AccountAdministrationRepository {

    private final org.jooq.DSLContext db;

    AccountAdministrationRepository(org.jooq.DSLContext db) {
        this.db = db;
    }

    boolean changeStatus(UUID accountId, AccountStatus from, AccountStatus to) {
        return db.update(IDENTITY_ACCOUNT)
                        .set(IDENTITY_ACCOUNT.STATUS, to.name())
                        .where(IDENTITY_ACCOUNT.ID.eq(accountId))
                        .and(IDENTITY_ACCOUNT.STATUS.eq(from.name()))
                        .execute()
                == 1;
    }

    void unlock(UUID accountId) {
        db.update(IDENTITY_ACCOUNT)
                .set(IDENTITY_ACCOUNT.FAILED_LOGINS, 0)
                .setNull(IDENTITY_ACCOUNT.LOCKED_UNTIL)
                .where(IDENTITY_ACCOUNT.ID.eq(accountId))
                .execute();
    }
}
