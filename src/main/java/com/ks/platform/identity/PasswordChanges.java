package com.ks.platform.identity;

import com.ks.platform.shared.CurrentActor;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person changes their own password (OWASP ASVS 5.0 §6.2.2–6.2.3: the current password is asked, the new
 * one meets the same policy as at registration). The change is audited and told by a security notice that is always
 * e-mailed, so a change the owner did not make is noticed.
 */
@Service
public class PasswordChanges {

    /** The form's fields, as keys of the errors returned. */
    public static final String CURRENT = "current";

    public static final String NEW = "new";

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordWriter writer;
    private final Clock clock;
    private final int lockAfter;
    private final Duration lockFor;

    PasswordChanges(
            AccountRepository accounts,
            PasswordEncoder encoder,
            PasswordWriter writer,
            Clock clock,
            @Value("${ks.security.lock-after-failures:10}") int lockAfter,
            @Value("${ks.security.lock-duration:PT15M}") Duration lockFor) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.writer = writer;
        this.clock = clock;
        this.lockAfter = lockAfter;
        this.lockFor = lockFor;
    }

    /** Whether the signed-in account has a password to change (accounts made through OIDC sign-in have none). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean hasPassword() {
        return accounts.findById(CurrentActor.requireAccountId())
                .map(account -> account.getPasswordHash() != null)
                .orElse(false);
    }

    /**
     * Changes the signed-in person's password. @return field → message key of what is wrong; empty when changed
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Map<String, String> changeMine(String currentPassword, String newPassword) {
        UUID accountId = CurrentActor.requireAccountId();
        var account = accounts.findById(accountId).orElseThrow();
        Map<String, String> errors = new LinkedHashMap<>();
        String hash = account.getPasswordHash();
        if (hash == null) {
            errors.put(CURRENT, "error.password.noPassword");
            return errors;
        }
        if (account.getLockedUntil() != null && account.getLockedUntil().isAfter(clock.instant())) {
            errors.put(CURRENT, "error.password.locked");
            return errors;
        }
        if (currentPassword == null
                || currentPassword.length() > PasswordPolicy.MAX_LENGTH * 4
                || !encoder.matches(currentPassword, hash)) {
            // a wrong current password counts as a failed sign-in: a borrowed session cannot guess it without limit
            accounts.recordFailedLogin(
                    account.getEmail(), lockAfter, clock.instant().plus(lockFor));
            errors.put(CURRENT, "error.password.currentWrong");
            return errors;
        }
        writer.problemWith(newPassword, account.getEmail()).ifPresent(problem -> errors.put(NEW, problem));
        if (errors.isEmpty() && newPassword.equals(currentPassword)) {
            errors.put(NEW, "error.password.unchanged");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        if (!writer.replace(accountId, hash, newPassword, "account.passwordChanged")) {
            errors.put(CURRENT, "error.password.changedMeanwhile");
        }
        return errors;
    }
}
