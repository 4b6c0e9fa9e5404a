package com.ks.platform.identity;

import com.ks.platform.notification.AddressMail;
import com.ks.platform.notification.NoticeLink;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.OneTimeTokens;
import com.ks.platform.shared.PersonalDataMasks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 更换邮箱: the signed-in person names a new sign-in address; it changes only when a one-time, short-lived link mailed
 * to that address is opened (proof the person reads it), and the old address is told both times, so a borrowed session
 * cannot quietly take the account. The answer to a request is the same whether or not another account uses the address
 * (no account enumeration): such a request mails no link.
 */
@Service
public class EmailChanges {

    public static final String CONFIRM_ROUTE = "confirm-email";
    public static final String NEW_EMAIL = "newEmail";
    public static final String PASSWORD = "password";
    static final int MAX_REQUESTS_PER_HOUR = 3;

    /** What opening a confirmation link did. */
    public enum Outcome {
        CHANGED,
        /** Used, expired, withdrawn by a newer request, or never issued. */
        INVALID,
        /** Another account took the address after the request. */
        TAKEN
    }

    private final AccountRepository accounts;
    private final EmailChangeRepository changes;
    private final PasswordEncoder encoder;
    private final AddressMail mail;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration validFor;
    private final int lockAfter;
    private final Duration lockFor;

    EmailChanges(
            AccountRepository accounts,
            EmailChangeRepository changes,
            PasswordEncoder encoder,
            AddressMail mail,
            AuditTrail audit,
            Clock clock,
            @Value("${ks.security.email-change.valid-for:PT30M}") Duration validFor,
            @Value("${ks.security.lock-after-failures:10}") int lockAfter,
            @Value("${ks.security.lock-duration:PT15M}") Duration lockFor) {
        this.accounts = accounts;
        this.changes = changes;
        this.encoder = encoder;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
        this.validFor = validFor;
        this.lockAfter = lockAfter;
        this.lockFor = lockFor;
    }

    /**
     * Mails a confirmation link to the new address. The current password is asked when the account has one (ASVS 5.0
     * §6.2.2: re-authentication before changing what signs in). @return field → message key; empty when the answer is
     * "a link was sent if the address can be used"
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Map<String, String> requestMine(String newEmail, String currentPassword) {
        UUID accountId = CurrentActor.requireAccountId();
        var account = accounts.findById(accountId).orElseThrow();
        Instant now = clock.instant();
        if (account.getPasswordHash() != null) {
            if (account.getLockedUntil() != null && account.getLockedUntil().isAfter(now)) {
                return Map.of(PASSWORD, "error.password.locked");
            }
            if (currentPassword == null
                    || currentPassword.length() > PasswordPolicy.MAX_LENGTH * 4
                    || !encoder.matches(currentPassword, account.getPasswordHash())) {
                accounts.recordFailedLogin(account.getEmail(), lockAfter, now.plus(lockFor));
                return Map.of(PASSWORD, "error.password.currentWrong");
            }
        }
        Optional<String> wanted = AccountService.wellFormedEmail(newEmail);
        if (wanted.isEmpty()) {
            return Map.of(NEW_EMAIL, "error.email.invalid");
        }
        if (wanted.get().equals(account.getEmail())) {
            return Map.of(NEW_EMAIL, "emailChange.error.same");
        }
        if (changes.countSince(accountId, now.minus(Duration.ofHours(1))) >= MAX_REQUESTS_PER_HOUR) {
            return Map.of(NEW_EMAIL, "emailChange.error.tooMany");
        }
        changes.withdrawOpen(accountId, now);
        Locale locale = localeOf(account);
        String token = OneTimeTokens.newToken();
        changes.insert(Ids.newId(clock), accountId, wanted.get(), OneTimeTokens.hash(token), now, now.plus(validFor));
        audit.record("account.emailChangeRequested", "account", accountId.toString(), null);
        mail.sendAfterCommit(
                account.getEmail(),
                locale,
                null,
                "notice.security.emailChangeRequested",
                PersonalDataMasks.email(wanted.get()));
        if (!accounts.emailExists(wanted.get())) {
            mail.sendAfterCommit(
                    wanted.get(),
                    locale,
                    new NoticeLink(CONFIRM_ROUTE + "?token=" + token),
                    "notice.security.emailChangeConfirm",
                    String.valueOf(validFor.toMinutes()));
        }
        return Map.of();
    }

    /** Opens a confirmation link: the address changes now, once; the old address is told. */
    @PreAuthorize("permitAll()")
    @Transactional
    public Outcome confirm(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Outcome.INVALID;
        }
        Instant now = clock.instant();
        var request = changes.findOpen(OneTimeTokens.hash(token), now);
        if (request.isEmpty()) {
            return Outcome.INVALID;
        }
        var account = accounts.findById(request.get().getAccountId())
                .filter(a -> AccountStatus.ACTIVE.name().equals(a.getStatus()));
        if (account.isEmpty() || !changes.markConfirmed(request.get().getId(), now)) {
            return Outcome.INVALID;
        }
        String oldEmail = account.get().getEmail();
        String newEmail = request.get().getNewEmail();
        if (accounts.emailExists(newEmail)) {
            return Outcome.TAKEN;
        }
        try {
            if (!changes.changeEmail(account.get().getId(), newEmail)) {
                return Outcome.INVALID;
            }
        } catch (DuplicateKeyException raceWithRegistration) {
            throw new com.ks.platform.shared.RuleViolated("emailChange.error.taken");
        }
        audit.record("account.emailChanged", "account", account.get().getId().toString(), null);
        mail.sendAfterCommit(
                oldEmail,
                localeOf(account.get()),
                null,
                "notice.security.emailChanged",
                PersonalDataMasks.email(newEmail));
        return Outcome.CHANGED;
    }

    private static Locale localeOf(com.ks.jooq.tables.records.IdentityAccountRecord account) {
        return account.getPreferredLocale() == null
                ? Locale.SIMPLIFIED_CHINESE
                : Locale.forLanguageTag(account.getPreferredLocale());
    }
}
