package com.ks.platform.identity;

import com.ks.platform.notification.NoticeLink;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.OneTimeTokens;
import com.ks.platform.shared.PersonalDataMasks;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to accounts: look one up (masked), disable and enable, unlock, force a password reset, end
 * its sessions, and give or take staff roles. Every command is audited with the account as object; an administrator
 * cannot disable or demote themself (the platform would lose its last door, and it is never what was meant).
 */
@Service
@PreAuthorize(Roles.IS_ADMIN)
public class AccountAdministration {

    /** Roles an administrator hands out here; SHOPPER and MERCHANT come from sign-up and shop membership. */
    public static final Set<Role> STAFF_ROLES =
            EnumSet.of(Role.CS_AGENT, Role.CS_LEAD, Role.COMPLIANCE_OFFICER, Role.ADMIN);

    private final AccountRepository accounts;
    private final AccountAdministrationRepository administration;
    private final PasswordResets resets;
    private final PasswordEncoder encoder;
    private final SessionRegistry sessions;
    private final NotificationService notifications;
    private final AuditTrail audit;
    private final Clock clock;

    AccountAdministration(
            AccountRepository accounts,
            AccountAdministrationRepository administration,
            PasswordResets resets,
            PasswordEncoder encoder,
            SessionRegistry sessions,
            NotificationService notifications,
            AuditTrail audit,
            Clock clock) {
        this.accounts = accounts;
        this.administration = administration;
        this.resets = resets;
        this.encoder = encoder;
        this.sessions = sessions;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AccountAdminDetails details(UUID accountId) {
        var row = account(accountId);
        return new AccountAdminDetails(
                row.getId(),
                PersonalDataMasks.email(row.getEmail()),
                PersonalDataMasks.name(row.getDisplayName()),
                accounts.rolesOf(accountId),
                AccountStatus.valueOf(row.getStatus()),
                row.getFailedLogins() == null ? 0 : row.getFailedLogins(),
                row.getLockedUntil(),
                row.getLastLoginAt(),
                row.getCreatedAt(),
                AccountSessions.countOpen(sessions, accountId));
    }

    /** Stops the account from signing in and ends its sessions; its data stays. A reason is required for the trail. */
    @Transactional
    public void disable(UUID accountId, String reason) {
        notMyself(accountId, "admin.accounts.error.selfDisable");
        String why = reason(reason);
        account(accountId);
        if (!administration.changeStatus(accountId, AccountStatus.ACTIVE, AccountStatus.DISABLED)) {
            throw new RuleViolated("admin.accounts.error.notActive");
        }
        AccountSessions.expireAll(sessions, accountId);
        audit.record("account.disabled", "account", accountId.toString(), why);
    }

    @Transactional
    public void enable(UUID accountId, String reason) {
        String why = reason(reason);
        account(accountId);
        if (!administration.changeStatus(accountId, AccountStatus.DISABLED, AccountStatus.ACTIVE)) {
            throw new RuleViolated("admin.accounts.error.notDisabled");
        }
        audit.record("account.enabled", "account", accountId.toString(), why);
    }

    /** Clears the lock left by guessed passwords (the owner asked support, and proved who they are). */
    @Transactional
    public void unlock(UUID accountId) {
        account(accountId);
        administration.unlock(accountId);
        audit.record("account.unlocked", "account", accountId.toString(), null);
    }

    /**
     * The current password stops working at once (replaced by a random one nobody knows), the sessions end, and the
     * owner gets the ordinary reset link by e-mail (PasswordResets), valid for its usual time.
     */
    @Transactional
    public void forcePasswordReset(UUID accountId, String reason) {
        notMyself(accountId, "admin.accounts.error.selfReset");
        String why = reason(reason);
        var row = account(accountId);
        if (!AccountStatus.ACTIVE.name().equals(row.getStatus())) {
            throw new RuleViolated("admin.accounts.error.notActive");
        }
        if (row.getPasswordHash() == null) {
            throw new RuleViolated("admin.accounts.error.noPassword");
        }
        String unknowable = encoder.encode(OneTimeTokens.newToken());
        if (!accounts.replacePasswordHash(accountId, row.getPasswordHash(), unknowable)) {
            throw new RuleViolated("error.password.changedMeanwhile");
        }
        AccountSessions.expireAll(sessions, accountId);
        var link = resets.linkFor(accountId, unknowable, clock.instant().plus(resets.validFor()));
        notifications.send(
                accountId,
                new NoticeLink(link.route()),
                "notice.security.resetForced",
                String.valueOf(resets.validFor().toMinutes()));
        audit.record("account.passwordResetForced", "account", accountId.toString(), why);
    }

    /** Ends every session of the account on this node. @return how many were ended */
    @Transactional
    public int revokeSessions(UUID accountId) {
        account(accountId);
        int ended = AccountSessions.expireAll(sessions, accountId);
        audit.record("account.sessionsRevoked", "account", accountId.toString(), null, String.valueOf(ended));
        return ended;
    }

    /**
     * Sets which staff roles the account holds; its other roles stay. A role taken away takes effect at once (its
     * sessions end); one given, at its next sign-in.
     */
    @Transactional
    public void assignStaffRoles(UUID accountId, Set<Role> staffRoles) {
        if (staffRoles == null || !STAFF_ROLES.containsAll(staffRoles)) {
            throw new RuleViolated("admin.accounts.error.notStaffRole");
        }
        account(accountId);
        Set<Role> before = accounts.rolesOf(accountId);
        if (isMe(accountId) && before.contains(Role.ADMIN) && !staffRoles.contains(Role.ADMIN)) {
            throw new RuleViolated("admin.accounts.error.selfDemote");
        }
        Set<Role> removed = before.stream()
                .filter(role -> STAFF_ROLES.contains(role) && !staffRoles.contains(role))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        Set<Role> added = EnumSet.noneOf(Role.class);
        added.addAll(staffRoles);
        added.removeAll(before);
        if (removed.isEmpty() && added.isEmpty()) {
            return;
        }
        removed.forEach(role -> accounts.removeRole(accountId, role));
        accounts.addRoles(accountId, added);
        if (!removed.isEmpty()) {
            AccountSessions.expireAll(sessions, accountId);
        }
        audit.record(
                "account.rolesChanged",
                "account",
                accountId.toString(),
                null,
                "added=" + added + " removed=" + removed);
    }

    private com.ks.jooq.tables.records.IdentityAccountRecord account(UUID accountId) {
        if (accountId == null) {
            throw new NotFound("admin.accounts.error.notFound");
        }
        return accounts.findById(accountId)
                .filter(row -> !AccountStatus.CLOSED.name().equals(row.getStatus()))
                .orElseThrow(() -> new NotFound("admin.accounts.error.notFound"));
    }

    private static void notMyself(UUID accountId, String messageKey) {
        if (isMe(accountId)) {
            throw new RuleViolated(messageKey);
        }
    }

    private static boolean isMe(UUID accountId) {
        return CurrentActor.requireAccountId().equals(accountId);
    }

    private static String reason(String reason) {
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty() || stripped.length() > 500) {
            throw new RuleViolated("admin.accounts.error.reason");
        }
        return stripped;
    }
}
