package com.ks.platform.identity;

import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own privacy decisions on their account: the policy version they accepted (asked again when it changes),
 * separate withdrawable consents (PIPL art. 14, 15), and correcting their profile (art. 46).
 */
@Service
public class AccountPrivacy {

    private static final int MAX_NAME = 60;

    private final AccountPrivacyRepository records;
    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final String policyVersion;

    AccountPrivacy(
            AccountPrivacyRepository records,
            AccountRepository accounts,
            AuditTrail audit,
            Clock clock,
            @Value("${ks.privacy.policy-version}") String policyVersion) {
        this.records = records;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.policyVersion = policyVersion;
    }

    /** The version of the privacy policy in force. */
    @PreAuthorize("permitAll()")
    public String policyVersion() {
        return policyVersion;
    }

    /** Whether the signed-in person has not yet accepted the policy version in force (false when signed out). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean mustAcceptPolicy() {
        return CurrentActor.get()
                .map(actor -> !records.acceptedPolicyVersion(actor.accountId())
                        .map(policyVersion::equals)
                        .orElse(false))
                .orElse(false);
    }

    /** The signed-in person accepts the policy version in force; recorded with that version and the time. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void acceptCurrentPolicy() {
        UUID accountId = CurrentActor.requireAccountId();
        accounts.insertConsent(
                Ids.newId(clock), accountId, ConsentPurpose.PRIVACY_POLICY, policyVersion, true, clock.instant());
        audit.record("consent.policyAccepted", "account", accountId.toString(), null, policyVersion);
    }

    /** The signed-in person gives or withdraws one consent; a withdrawal is a new row, the history stays. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeMyConsent(ConsentPurpose purpose, boolean granted) {
        if (purpose == null || !purpose.withdrawable()) {
            throw new RuleViolated("pipl.error.consentNotWithdrawable");
        }
        UUID accountId = CurrentActor.requireAccountId();
        accounts.insertConsent(Ids.newId(clock), accountId, purpose, policyVersion, granted, clock.instant());
        audit.record("consent.changed", "account", accountId.toString(), null, purpose.name() + "=" + granted);
    }

    /** The signed-in person corrects their name (PIPL art. 46). @return field → message key; empty when saved */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Map<String, String> correctMyName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            return Map.of("displayName", "error.displayName.required");
        }
        if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            return Map.of("displayName", "error.displayName.invalid");
        }
        UUID accountId = CurrentActor.requireAccountId();
        records.updateDisplayName(accountId, name);
        audit.record("account.profileCorrected", "account", accountId.toString(), null, "displayName");
        return Map.of();
    }
}
