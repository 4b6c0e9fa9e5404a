package com.ks.platform.identity;

import com.ks.platform.notification.NoticeLink;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.RateLimit;
import com.ks.platform.shared.RateLimits;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 忘记密码: a one-time, short-lived link by e-mail (OWASP ASVS 5.0 §6.4). The link carries an HMAC over the account, the
 * expiry and the current password hash, so nothing is stored for it and it dies by itself: at its expiry, and once
 * used (the hash it was made from is gone). Answers never tell whether an address has an account.
 */
@Service
public class PasswordResets {

    public static final String ROUTE = "reset-password";
    static final int MAX_MAILS_PER_HOUR = 3;
    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

    /** What a reset link carries. */
    public record ResetLink(UUID accountId, long expiresEpochSecond, String token) {

        String route() {
            return ROUTE + "?account=" + accountId + "&expires=" + expiresEpochSecond + "&token=" + token;
        }
    }

    private final RateLimits rateLimits;
    private final AccountRepository accounts;
    private final PasswordWriter writer;
    private final NotificationService notifications;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration validFor;
    private final byte[] key;

    PasswordResets(
            AccountRepository accounts,
            PasswordWriter writer,
            NotificationService notifications,
            AuditTrail audit,
            Clock clock,
            @Value("${ks.security.password-reset.valid-for:PT30M}") Duration validFor,
            @Value("${ks.security.password-reset.secret:}") String secret,
            RateLimits rateLimits) {
        this.rateLimits = rateLimits;
        this.accounts = accounts;
        this.writer = writer;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.validFor = validFor;
        if (secret.isBlank()) {
            // without a configured key the links of this node die when it restarts, and do not work on other nodes
            log.info("Password reset links are signed with a key made at start-up (set KS_PASSWORD_RESET_SECRET to keep"
                    + " them valid across restarts and nodes)");
            this.key = new byte[32];
            new SecureRandom().nextBytes(this.key);
        } else {
            this.key = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * Sends a reset link to the address if it belongs to an active account with a password; does nothing otherwise,
     * with the same answer (no account enumeration). At most {@value #MAX_MAILS_PER_HOUR} mails per account an hour.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void request(String email) {
        // counted whether or not the address has an account, so the limit itself tells nothing about accounts
        rateLimits.acquireForClient(RateLimit.PASSWORD_RESET_PER_ADDRESS);
        rateLimits.acquire(RateLimit.PASSWORD_RESET_PER_ACCOUNT, AccountService.normalizeEmail(email));
        var account = AccountService.wellFormedEmail(email)
                .flatMap(accounts::findByEmail)
                .filter(a -> AccountStatus.ACTIVE.name().equals(a.getStatus()))
                .filter(a -> a.getPasswordHash() != null);
        if (account.isEmpty()) {
            return;
        }
        UUID accountId = account.get().getId();
        Instant now = clock.instant();
        if (notifications.countSince(accountId, "notice.security.resetRequested", now.minus(Duration.ofHours(1)))
                >= MAX_MAILS_PER_HOUR) {
            return;
        }
        ResetLink link = linkFor(accountId, account.get().getPasswordHash(), now.plus(validFor));
        notifications.send(
                accountId,
                new NoticeLink(link.route()),
                "notice.security.resetRequested",
                String.valueOf(validFor.toMinutes()));
        audit.record("account.passwordResetRequested", "account", accountId.toString(), null);
    }

    /** Whether a link is still good (the reset page asks before showing the form). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean isValid(ResetLink link) {
        return valid(link).isPresent();
    }

    /**
     * Sets a new password through a link. @return field → message key of what is wrong ({@code link} when the link is
     * expired, used or forged); empty when the password was set
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Map<String, String> reset(ResetLink link, String newPassword) {
        var account = valid(link);
        if (account.isEmpty()) {
            return Map.of("link", "error.reset.invalid");
        }
        Optional<String> weak = writer.problemWith(newPassword, account.get().getEmail());
        if (weak.isPresent()) {
            return Map.of(PasswordChanges.NEW, weak.get());
        }
        if (!writer.replace(link.accountId(), account.get().getPasswordHash(), newPassword, "account.passwordReset")) {
            return Map.of("link", "error.reset.invalid");
        }
        // the owner proved control of the mailbox: a lock from guessed passwords no longer applies
        accounts.recordSuccessfulReset(link.accountId());
        return Map.of();
    }

    private Optional<com.ks.jooq.tables.records.IdentityAccountRecord> valid(ResetLink link) {
        if (link == null
                || link.accountId() == null
                || link.token() == null
                || link.token().length() > 100) {
            return Optional.empty();
        }
        Instant expires = Instant.ofEpochSecond(link.expiresEpochSecond());
        Instant now = clock.instant();
        if (!expires.isAfter(now) || expires.isAfter(now.plus(validFor).plusSeconds(60))) {
            return Optional.empty();
        }
        return accounts.findById(link.accountId())
                .filter(a -> AccountStatus.ACTIVE.name().equals(a.getStatus()))
                .filter(a -> a.getPasswordHash() != null)
                .filter(a -> MessageDigest.isEqual(
                        token(a.getId(), a.getPasswordHash(), link.expiresEpochSecond())
                                .getBytes(StandardCharsets.US_ASCII),
                        link.token().getBytes(StandardCharsets.US_ASCII)));
    }

    Duration validFor() {
        return validFor;
    }

    ResetLink linkFor(UUID accountId, String passwordHash, Instant expires) {
        return new ResetLink(
                accountId, expires.getEpochSecond(), token(accountId, passwordHash, expires.getEpochSecond()));
    }

    private String token(UUID accountId, String passwordHash, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest =
                    mac.doFinal((accountId + "|" + expires + "|" + passwordHash).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
