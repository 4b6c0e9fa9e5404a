package com.ks.platform.identity;

import static com.ks.jooq.Tables.IDENTITY_ACCOUNT;
import static com.ks.jooq.Tables.IDENTITY_ACCOUNT_ROLE;
import static com.ks.jooq.Tables.IDENTITY_ADDRESS;
import static com.ks.jooq.Tables.IDENTITY_CONSENT;
import static com.ks.jooq.Tables.IDENTITY_EXTERNAL_LOGIN;

import com.ks.platform.shared.PersonalDataCipher;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** What identity reads and erases for the privacy rights: the account row, addresses, consents, linked sign-ins. */
@Repository
class AccountPrivacyRepository {

    private final DSLContext db;
    private final PersonalDataCipher cipher;

    AccountPrivacyRepository(DSLContext db, PersonalDataCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    List<Map<String, Object>> profile(UUID accountId) {
        return db.select(
                        IDENTITY_ACCOUNT.EMAIL,
                        IDENTITY_ACCOUNT.DISPLAY_NAME,
                        IDENTITY_ACCOUNT.PREFERRED_LOCALE,
                        IDENTITY_ACCOUNT.CREATED_AT,
                        IDENTITY_ACCOUNT.LAST_LOGIN_AT)
                .from(IDENTITY_ACCOUNT)
                .where(IDENTITY_ACCOUNT.ID.eq(accountId))
                .fetchMaps();
    }

    List<Map<String, Object>> addresses(UUID accountId) {
        return db.select(
                        IDENTITY_ADDRESS.RECIPIENT,
                        IDENTITY_ADDRESS.MOBILE,
                        IDENTITY_ADDRESS.PROVINCE_CODE,
                        IDENTITY_ADDRESS.CITY_CODE,
                        IDENTITY_ADDRESS.DISTRICT_CODE,
                        IDENTITY_ADDRESS.DETAIL,
                        IDENTITY_ADDRESS.IS_DEFAULT,
                        IDENTITY_ADDRESS.CREATED_AT)
                .from(IDENTITY_ADDRESS)
                .where(IDENTITY_ADDRESS.ACCOUNT_ID.eq(accountId))
                .orderBy(IDENTITY_ADDRESS.CREATED_AT)
                .fetchMaps();
    }

    List<Map<String, Object>> consents(UUID accountId) {
        return db.select(
                        IDENTITY_CONSENT.PURPOSE,
                        IDENTITY_CONSENT.POLICY_VERSION,
                        IDENTITY_CONSENT.GRANTED,
                        IDENTITY_CONSENT.RECORDED_AT)
                .from(IDENTITY_CONSENT)
                .where(IDENTITY_CONSENT.ACCOUNT_ID.eq(accountId))
                .orderBy(IDENTITY_CONSENT.RECORDED_AT, IDENTITY_CONSENT.ID)
                .fetchMaps();
    }

    List<Map<String, Object>> externalLogins(UUID accountId) {
        return db.select(IDENTITY_EXTERNAL_LOGIN.ISSUER, IDENTITY_EXTERNAL_LOGIN.LINKED_AT)
                .from(IDENTITY_EXTERNAL_LOGIN)
                .where(IDENTITY_EXTERNAL_LOGIN.ACCOUNT_ID.eq(accountId))
                .fetchMaps();
    }

    /** The policy version of the person's latest acceptance of the privacy policy. */
    Optional<String> acceptedPolicyVersion(UUID accountId) {
        return db.select(IDENTITY_CONSENT.POLICY_VERSION)
                .from(IDENTITY_CONSENT)
                .where(IDENTITY_CONSENT.ACCOUNT_ID.eq(accountId))
                .and(IDENTITY_CONSENT.PURPOSE.eq(ConsentPurpose.PRIVACY_POLICY.name()))
                .and(IDENTITY_CONSENT.GRANTED.isTrue())
                .orderBy(IDENTITY_CONSENT.RECORDED_AT.desc(), IDENTITY_CONSENT.ID.desc())
                .limit(1)
                .fetchOptional(r -> r.value1());
    }

    void updateDisplayName(UUID accountId, String displayName) {
        db.update(IDENTITY_ACCOUNT)
                .set(IDENTITY_ACCOUNT.DISPLAY_NAME, displayName)
                .where(IDENTITY_ACCOUNT.ID.eq(accountId))
                .execute();
    }

    /**
     * Leaves a row without a person: the e-mail becomes an unusable, unguessable address (it must stay unique), the
     * name a fixed word, the secrets and traces are cleared, the roles are taken, addresses and linked sign-ins are
     * deleted. Consent rows stay: they name only the account id and prove what was agreed when.
     */
    void erase(UUID accountId, String tombstoneEmail, String erasedName) {
        db.deleteFrom(IDENTITY_ADDRESS)
                .where(IDENTITY_ADDRESS.ACCOUNT_ID.eq(accountId))
                .execute();
        db.deleteFrom(IDENTITY_EXTERNAL_LOGIN)
                .where(IDENTITY_EXTERNAL_LOGIN.ACCOUNT_ID.eq(accountId))
                .execute();
        db.deleteFrom(IDENTITY_ACCOUNT_ROLE)
                .where(IDENTITY_ACCOUNT_ROLE.ACCOUNT_ID.eq(accountId))
                .execute();
        db.update(IDENTITY_ACCOUNT)
                .set(IDENTITY_ACCOUNT.EMAIL, tombstoneEmail)
                .set(IDENTITY_ACCOUNT.EMAIL_INDEX, cipher.blindIndex(tombstoneEmail))
                .set(IDENTITY_ACCOUNT.DISPLAY_NAME, erasedName)
                .setNull(IDENTITY_ACCOUNT.PASSWORD_HASH)
                .set(IDENTITY_ACCOUNT.STATUS, AccountStatus.CLOSED.name())
                .setNull(IDENTITY_ACCOUNT.PREFERRED_LOCALE)
                .setNull(IDENTITY_ACCOUNT.LAST_LOGIN_AT)
                .set(IDENTITY_ACCOUNT.FAILED_LOGINS, 0)
                .setNull(IDENTITY_ACCOUNT.LOCKED_UNTIL)
                .where(IDENTITY_ACCOUNT.ID.eq(accountId))
                .execute();
    }
}
