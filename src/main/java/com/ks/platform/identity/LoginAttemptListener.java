package com.ks.platform.identity;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing (ASVS 6.3.1): after a run of failures the account is locked for a while. Counted in the
 * database, so every node enforces the same limit.
 */
@Component
class LoginAttemptListener {

    private final AccountRepository accounts;
    private final Clock clock;
    private final int lockAfter;
    private final Duration lockFor;

    LoginAttemptListener(
            AccountRepository accounts,
            Clock clock,
            @Value("${ks.security.lock-after-failures:10}") int lockAfter,
            @Value("${ks.security.lock-duration:PT15M}") Duration lockFor) {
        this.accounts = accounts;
        this.clock = clock;
        this.lockAfter = lockAfter;
        this.lockFor = lockFor;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof String email) {
            accounts.recordFailedLogin(
                    AccountService.normalizeEmail(email),
                    lockAfter,
                    clock.instant().plus(lockFor));
        }
    }

    /**
     * Interactive sign-ins only: an API call's bearer token authenticates on every request, and writing the account
     * row each time would queue one account's concurrent calls on that row (and fail them while the database is away).
     */
    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof ApiTokenAuthentication) {
            return;
        }
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            accounts.recordSuccessfulLogin(principal.accountId(), clock.instant());
        }
    }
}
