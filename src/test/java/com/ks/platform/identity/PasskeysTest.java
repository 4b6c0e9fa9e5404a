package com.ks.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.shared.NotFound;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;

/**
 * Passkeys kept in our tables for Spring Security's WebAuthn filters, listed and removed by their owner only (the
 * browser ceremony itself is PasskeyJourneyTest's, with Chromium's virtual authenticator).
 */
class PasskeysTest extends KsIntegrationTest {

    @Autowired
    Passkeys passkeys;

    @Autowired
    PasskeyUsers users;

    @Autowired
    PasskeyRepository credentials;

    @Autowired
    AccountService accounts;

    private Bytes register(String email, String label) {
        Bytes handle = Bytes.random();
        users.save(ImmutablePublicKeyCredentialUserEntity.builder()
                .id(handle)
                .name(email)
                .displayName(email)
                .build());
        Bytes credentialId = Bytes.random();
        credentials.save(ImmutableCredentialRecord.builder()
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .credentialId(credentialId)
                .userEntityUserId(handle)
                .publicKey(new ImmutablePublicKeyCose(new byte[] {1, 2, 3}))
                .signatureCount(0)
                .uvInitialized(true)
                .backupEligible(true)
                .backupState(false)
                .transports(Set.of(AuthenticatorTransport.INTERNAL))
                .label(label)
                .created(Instant.now())
                .lastUsed(Instant.now())
                .build());
        return credentialId;
    }

    @Test
    void a_registered_passkey_is_found_again_by_its_id_and_by_its_user_with_the_same_key() {
        String email = TestShoppers.register(accounts, uniqueEmail("passkey-store"));
        Bytes id = register(email, "我的手机");

        var found = credentials.findByCredentialId(id);

        assertThat(found.getPublicKey().getBytes()).containsExactly(1, 2, 3);
        assertThat(found.getTransports()).containsExactly(AuthenticatorTransport.INTERNAL);
        assertThat(credentials.findByUserId(found.getUserEntityUserId())).hasSize(1);
        assertThat(users.findByUsername(email.toUpperCase()).getId()).isEqualTo(found.getUserEntityUserId());
    }

    @Test
    void a_person_lists_and_removes_their_own_passkey_but_another_persons_answers_as_not_found() {
        String owner = TestShoppers.register(accounts, uniqueEmail("passkey-owner"));
        String other = TestShoppers.register(accounts, uniqueEmail("passkey-other"));
        Bytes id = register(owner, "办公室电脑");

        actAs(other);
        assertThat(passkeys.mine()).isEmpty();
        assertThatThrownBy(() -> passkeys.remove(id.toBase64UrlString())).isInstanceOf(NotFound.class);

        actAs(owner);
        assertThat(passkeys.mine()).extracting(PasskeySummary::label).containsExactly("办公室电脑");
        passkeys.remove(id.toBase64UrlString());
        assertThat(passkeys.mine()).isEmpty();
        assertThat(credentials.findByCredentialId(id)).isNull();
    }
}
