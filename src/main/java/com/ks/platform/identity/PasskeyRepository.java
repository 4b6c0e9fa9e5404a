package com.ks.platform.identity;

import static com.ks.jooq.Tables.IDENTITY_PASSKEY;
import static com.ks.jooq.Tables.IDENTITY_PASSKEY_USER;

import com.ks.jooq.tables.records.IdentityPasskeyRecord;
import com.ks.platform.shared.AuditTrail;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring Security's WebAuthn credential store on identity_passkey. Binary values are base64url text: portable between
 * H2 and PostgreSQL.
 */
@Repository
class PasskeyRepository implements UserCredentialRepository {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final DSLContext db;
    private final PasskeyUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    PasskeyRepository(DSLContext db, PasskeyUsers users, AuditTrail audit, Clock clock) {
        this.db = db;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- credentials

    /** A new credential is registered (audited); a known one has signed in (its counter and last use move on). */
    @Override
    @Transactional
    public void save(CredentialRecord credential) {
        String id = text(credential.getCredentialId());
        int updated = db.update(IDENTITY_PASSKEY)
                .set(IDENTITY_PASSKEY.SIGNATURE_COUNT, credential.getSignatureCount())
                .set(IDENTITY_PASSKEY.UV_INITIALIZED, credential.isUvInitialized())
                .set(IDENTITY_PASSKEY.BACKUP_STATE, credential.isBackupState())
                .set(IDENTITY_PASSKEY.LAST_USED_AT, clock.instant())
                .where(IDENTITY_PASSKEY.CREDENTIAL_ID.eq(id))
                .execute();
        if (updated == 1) {
            return;
        }
        UUID accountId = users.accountOfHandle(credential.getUserEntityUserId())
                .orElseThrow(() -> new IllegalArgumentException("credential of an unknown user handle"));
        String label = credential.getLabel() == null || credential.getLabel().isBlank()
                ? "passkey"
                : credential.getLabel().strip();
        db.insertInto(IDENTITY_PASSKEY)
                .set(IDENTITY_PASSKEY.CREDENTIAL_ID, id)
                .set(IDENTITY_PASSKEY.ACCOUNT_ID, accountId)
                .set(IDENTITY_PASSKEY.LABEL, label.substring(0, Math.min(64, label.length())))
                .set(
                        IDENTITY_PASSKEY.PUBLIC_KEY,
                        ENCODE.encodeToString(credential.getPublicKey().getBytes()))
                .set(IDENTITY_PASSKEY.ATTESTATION_OBJECT, textOrNull(credential.getAttestationObject()))
                .set(IDENTITY_PASSKEY.CLIENT_DATA_JSON, textOrNull(credential.getAttestationClientDataJSON()))
                .set(IDENTITY_PASSKEY.SIGNATURE_COUNT, credential.getSignatureCount())
                .set(IDENTITY_PASSKEY.UV_INITIALIZED, credential.isUvInitialized())
                .set(IDENTITY_PASSKEY.BACKUP_ELIGIBLE, credential.isBackupEligible())
                .set(IDENTITY_PASSKEY.BACKUP_STATE, credential.isBackupState())
                .set(
                        IDENTITY_PASSKEY.TRANSPORTS,
                        credential.getTransports().stream()
                                .map(AuthenticatorTransport::getValue)
                                .collect(Collectors.joining(",")))
                .set(IDENTITY_PASSKEY.CREATED_AT, clock.instant())
                .set(IDENTITY_PASSKEY.LAST_USED_AT, clock.instant())
                .execute();
        audit.record("mfa.passkeyRegistered", "account", accountId.toString(), null, label);
    }

    @Override
    @Transactional(readOnly = true)
    public CredentialRecord findByCredentialId(Bytes credentialId) {
        return db.select(IDENTITY_PASSKEY.asterisk(), IDENTITY_PASSKEY_USER.USER_HANDLE)
                .from(IDENTITY_PASSKEY)
                .join(IDENTITY_PASSKEY_USER)
                .on(IDENTITY_PASSKEY_USER.ACCOUNT_ID.eq(IDENTITY_PASSKEY.ACCOUNT_ID))
                .where(IDENTITY_PASSKEY.CREDENTIAL_ID.eq(text(credentialId)))
                .fetchOptional()
                .map(PasskeyRepository::credential)
                .orElse(null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return db.select(IDENTITY_PASSKEY.asterisk(), IDENTITY_PASSKEY_USER.USER_HANDLE)
                .from(IDENTITY_PASSKEY)
                .join(IDENTITY_PASSKEY_USER)
                .on(IDENTITY_PASSKEY_USER.ACCOUNT_ID.eq(IDENTITY_PASSKEY.ACCOUNT_ID))
                .where(IDENTITY_PASSKEY_USER.USER_HANDLE.eq(text(userId)))
                .fetch(PasskeyRepository::credential);
    }

    /** Spring's own removal endpoint is not used (removal goes through {@link Passkeys}, which checks the owner). */
    @Override
    @Transactional
    public void delete(Bytes credentialId) {
        db.deleteFrom(IDENTITY_PASSKEY)
                .where(IDENTITY_PASSKEY.CREDENTIAL_ID.eq(text(credentialId)))
                .execute();
    }

    List<IdentityPasskeyRecord> ofAccount(UUID accountId) {
        return db.selectFrom(IDENTITY_PASSKEY)
                .where(IDENTITY_PASSKEY.ACCOUNT_ID.eq(accountId))
                .orderBy(IDENTITY_PASSKEY.CREATED_AT)
                .fetch();
    }

    int countOf(UUID accountId) {
        return db.fetchCount(IDENTITY_PASSKEY, IDENTITY_PASSKEY.ACCOUNT_ID.eq(accountId));
    }

    /** @return false when the credential is not the account's (another person's id answers as unknown) */
    boolean deleteOfAccount(UUID accountId, String credentialId) {
        return db.deleteFrom(IDENTITY_PASSKEY)
                        .where(IDENTITY_PASSKEY.ACCOUNT_ID.eq(accountId))
                        .and(IDENTITY_PASSKEY.CREDENTIAL_ID.eq(credentialId))
                        .execute()
                == 1;
    }

    private static CredentialRecord credential(Record r) {
        Set<AuthenticatorTransport> transports = new LinkedHashSet<>();
        String listed = r.get(IDENTITY_PASSKEY.TRANSPORTS);
        if (listed != null && !listed.isBlank()) {
            Arrays.stream(listed.split(","))
                    .map(AuthenticatorTransport::valueOf)
                    .forEach(transports::add);
        }
        return ImmutableCredentialRecord.builder()
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .credentialId(bytes(r.get(IDENTITY_PASSKEY.CREDENTIAL_ID)))
                .userEntityUserId(bytes(r.get(IDENTITY_PASSKEY_USER.USER_HANDLE)))
                .publicKey(new ImmutablePublicKeyCose(DECODE.decode(r.get(IDENTITY_PASSKEY.PUBLIC_KEY))))
                .signatureCount(r.get(IDENTITY_PASSKEY.SIGNATURE_COUNT))
                .uvInitialized(r.get(IDENTITY_PASSKEY.UV_INITIALIZED))
                .backupEligible(r.get(IDENTITY_PASSKEY.BACKUP_ELIGIBLE))
                .backupState(r.get(IDENTITY_PASSKEY.BACKUP_STATE))
                .transports(transports)
                .attestationObject(bytesOrNull(r.get(IDENTITY_PASSKEY.ATTESTATION_OBJECT)))
                .attestationClientDataJSON(bytesOrNull(r.get(IDENTITY_PASSKEY.CLIENT_DATA_JSON)))
                .label(r.get(IDENTITY_PASSKEY.LABEL))
                .created(r.get(IDENTITY_PASSKEY.CREATED_AT))
                .lastUsed(r.get(IDENTITY_PASSKEY.LAST_USED_AT))
                .build();
    }

    static String text(Bytes bytes) {
        return ENCODE.encodeToString(bytes.getBytes());
    }

    private static String textOrNull(Bytes bytes) {
        return bytes == null ? null : text(bytes);
    }

    static Bytes bytes(String text) {
        return new Bytes(DECODE.decode(text));
    }

    private static Bytes bytesOrNull(String text) {
        return text == null ? null : bytes(text);
    }
}
