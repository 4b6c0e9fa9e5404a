package com.ks.platform.identity;

import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.AuditTrail;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The last step of a password change and of a reset: the new password's policy check, then the new hash in place of
 * the one the caller checked (two changes at once: one wins), audited and told by a security notice.
 */
@Component
class PasswordWriter {

    private final AccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final NotificationService notifications;
    private final AuditTrail audit;

    PasswordWriter(
            AccountRepository accounts,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            NotificationService notifications,
            AuditTrail audit) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.notifications = notifications;
        this.audit = audit;
    }

    /** The message key of the first rule the new password breaks, if any. */
    Optional<String> problemWith(String newPassword, String email) {
        return policy.check(newPassword, email);
    }

    /** @return false when the hash changed since the caller checked it (nothing written) */
    boolean replace(UUID accountId, String checkedHash, String newPassword, String auditAction) {
        if (!accounts.replacePasswordHash(accountId, checkedHash, encoder.encode(newPassword))) {
            return false;
        }
        audit.record(auditAction, "account", accountId.toString(), null);
        notifications.send(accountId, "notice.security.passwordChanged");
        return true;
    }
}
