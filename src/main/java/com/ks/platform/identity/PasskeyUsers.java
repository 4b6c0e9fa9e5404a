package com.ks.platform.identity;

import static com.ks.jooq.Tables.IDENTITY_ACCOUNT;
import static com.ks.jooq.Tables.IDENTITY_PASSKEY_USER;
import static com.ks.platform.identity.PasskeyRepository.bytes;
import static com.ks.platform.identity.PasskeyRepository.text;

import com.ks.platform.shared.PersonalDataCipher;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring Security's WebAuthn user entities on identity_passkey_user. The entity's name is the account's e-mail as of
 * today (the registration filter asks by the signed-in name); its id is a random user handle that never changes, so a
 * passkey keeps working after the e-mail changes, and the authenticator never stores the e-mail as the handle.
 */
@Repository
class PasskeyUsers implements PublicKeyCredentialUserEntityRepository {

    private final DSLContext db;
    private final PersonalDataCipher cipher;

    PasskeyUsers(DSLContext db, PersonalDataCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    @Override
    @Transactional(readOnly = true)
    public PublicKeyCredentialUserEntity findById(Bytes id) {
        return userEntity(IDENTITY_PASSKEY_USER.USER_HANDLE.eq(text(id))).orElse(null);
    }

    @Override
    @Transactional(readOnly = true)
    public PublicKeyCredentialUserEntity findByUsername(String username) {
        return userEntity(emailIs(username)).orElse(null);
    }

    @Override
    @Transactional
    public void save(PublicKeyCredentialUserEntity userEntity) {
        UUID accountId = db.select(IDENTITY_ACCOUNT.ID)
                .from(IDENTITY_ACCOUNT)
                .where(emailIs(userEntity.getName()))
                .fetchOptional(IDENTITY_ACCOUNT.ID)
                .orElseThrow(() -> new IllegalArgumentException("no account for the passkey user"));
        db.insertInto(IDENTITY_PASSKEY_USER)
                .set(IDENTITY_PASSKEY_USER.ACCOUNT_ID, accountId)
                .set(IDENTITY_PASSKEY_USER.USER_HANDLE, text(userEntity.getId()))
                .onConflictDoNothing()
                .execute();
    }

    @Override
    @Transactional
    public void delete(Bytes id) {
        db.deleteFrom(IDENTITY_PASSKEY_USER)
                .where(IDENTITY_PASSKEY_USER.USER_HANDLE.eq(text(id)))
                .execute();
    }

    private Optional<PublicKeyCredentialUserEntity> userEntity(Condition condition) {
        return db.select(IDENTITY_PASSKEY_USER.USER_HANDLE, IDENTITY_ACCOUNT.EMAIL, IDENTITY_ACCOUNT.DISPLAY_NAME)
                .from(IDENTITY_PASSKEY_USER)
                .join(IDENTITY_ACCOUNT)
                .on(IDENTITY_ACCOUNT.ID.eq(IDENTITY_PASSKEY_USER.ACCOUNT_ID))
                .where(condition)
                .fetchOptional()
                .map(r -> ImmutablePublicKeyCredentialUserEntity.builder()
                        .id(bytes(r.get(IDENTITY_PASSKEY_USER.USER_HANDLE)))
                        .name(r.get(IDENTITY_ACCOUNT.EMAIL))
                        .displayName(r.get(IDENTITY_ACCOUNT.DISPLAY_NAME))
                        .build());
    }

    /** The account a user handle belongs to (a passkey sign-in names only the handle). */
    Optional<UUID> accountOfHandle(Bytes userHandle) {
        return db.select(IDENTITY_PASSKEY_USER.ACCOUNT_ID)
                .from(IDENTITY_PASSKEY_USER)
                .where(IDENTITY_PASSKEY_USER.USER_HANDLE.eq(text(userHandle)))
                .fetchOptional(IDENTITY_PASSKEY_USER.ACCOUNT_ID);
    }

    /** E-mail is encrypted at rest: an account is found by the blind index of its address. */
    private Condition emailIs(String email) {
        return IDENTITY_ACCOUNT.EMAIL_INDEX.eq(cipher.blindIndex(AccountService.normalizeEmail(email)));
    }
}
