package com.ks.platform.identity;

import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.NotFound;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's passkeys (WebAuthn). Registration and sign-in go through Spring Security's WebAuthn endpoints (the
 * browser talks to the authenticator); listing and removal are here, for the owner only.
 */
@Service
public class Passkeys {

    private final PasskeyRepository passkeys;
    private final AuditTrail audit;

    Passkeys(PasskeyRepository passkeys, AuditTrail audit) {
        this.passkeys = passkeys;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PasskeySummary> mine() {
        return passkeys.ofAccount(CurrentActor.requireAccountId()).stream()
                .map(r -> new PasskeySummary(r.getCredentialId(), r.getLabel(), r.getCreatedAt(), r.getLastUsedAt()))
                .toList();
    }

    /** Removes one of the signed-in person's passkeys; another person's answers as not found. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void remove(String credentialId) {
        UUID accountId = CurrentActor.requireAccountId();
        if (credentialId == null || !passkeys.deleteOfAccount(accountId, credentialId)) {
            throw new NotFound("mfa.passkey.notFound");
        }
        audit.record("mfa.passkeyRemoved", "account", accountId.toString(), null);
    }
}
