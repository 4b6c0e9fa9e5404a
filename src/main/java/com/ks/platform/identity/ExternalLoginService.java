package com.ks.platform.identity;

import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.ModuleHook;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps identities from other issuers to local accounts by (issuer, subject). Roles always come from the local
 * account, never from the provider's claims.
 */
@Service
public class ExternalLoginService {

    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String privacyPolicyVersion;

    ExternalLoginService(
            AccountRepository accounts,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${ks.privacy.policy-version}") String privacyPolicyVersion) {
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.privacyPolicyVersion = privacyPolicyVersion;
    }

    /**
     * The first OIDC sign-in creates a shopper account, or links to the account with the same e-mail address when the
     * provider says that address is verified. An unverified address that matches an existing account is refused, so
     * nobody takes over an account by claiming its address at a provider.
     */
    @Transactional
    @ModuleHook
    public AccountOidcUser signIn(OidcUser oidcUser) {
        String issuer = oidcUser.getIssuer().toString();
        String subject = oidcUser.getSubject();
        Optional<UUID> linked = accounts.findLinkedAccount(issuer, subject);
        UUID accountId = linked.orElseGet(() -> linkOrCreate(issuer, subject, oidcUser));
        AccountDetails account = accounts.findDetails(accountId).orElseThrow();
        if (account.status() != AccountStatus.ACTIVE) {
            throw new OAuth2AuthenticationException(new OAuth2Error("account_disabled"), "account disabled");
        }
        accounts.recordSuccessfulLogin(accountId, clock.instant());
        return new AccountOidcUser(account, oidcUser.getIdToken(), oidcUser.getUserInfo());
    }

    /** An API call's bearer token: only tokens of a linked (issuer, subject) act as a local account. */
    @Transactional(readOnly = true)
    @ModuleHook
    public Optional<Authentication> authenticate(Jwt jwt) {
        String issuer = jwt.getIssuer() == null ? "" : jwt.getIssuer().toString();
        return accounts.findLinkedAccount(issuer, jwt.getSubject())
                .flatMap(accounts::findDetails)
                .filter(account -> account.status() == AccountStatus.ACTIVE)
                .map(account -> {
                    var principal = new AccountPrincipal(
                            account.id(), account.email(), account.displayName(), account.roles(), true, null, null);
                    return new ApiTokenAuthentication(principal, jwt);
                });
    }

    private UUID linkOrCreate(String issuer, String subject, OidcUser oidcUser) {
        String email = AccountService.normalizeEmail(oidcUser.getEmail());
        boolean verified = Boolean.TRUE.equals(oidcUser.getEmailVerified());
        Instant now = clock.instant();
        var existing = email.isEmpty() ? Optional.<AccountDetails>empty() : accounts.findDetailsByEmail(email);
        UUID accountId;
        if (existing.isPresent()) {
            if (!verified) {
                throw new OAuth2AuthenticationException(
                        new OAuth2Error("email_not_verified"), "e-mail address not verified by the provider");
            }
            accountId = existing.get().id();
            audit.record("account.linked", "account", accountId.toString(), null, issuer);
        } else {
            accountId = Ids.newId(clock);
            String displayName = firstNonBlank(oidcUser.getFullName(), oidcUser.getPreferredUsername(), subject);
            String storedEmail = email.isEmpty() ? subject + "@" + hostOf(issuer) : email;
            accounts.insert(accountId, storedEmail, truncate(displayName, 60), null, EnumSet.of(Role.SHOPPER), now);
            // The login page states that signing in with a provider accepts the privacy policy (PIPL art. 13).
            accounts.insertConsent(
                    Ids.newId(clock), accountId, ConsentPurpose.PRIVACY_POLICY, privacyPolicyVersion, true, now);
            accounts.insertConsent(
                    Ids.newId(clock), accountId, ConsentPurpose.PERSONALISATION, privacyPolicyVersion, false, now);
            audit.record("account.registered", "account", accountId.toString(), null, "OIDC " + issuer);
            // a shopper who signs up through a provider is as new as one who fills in the form (新人礼包 and the rest)
            events.publishEvent(new ShopperRegistered(accountId));
        }
        try {
            accounts.link(issuer, subject, accountId, now);
        } catch (DuplicateKeyException concurrentFirstLogin) {
            return accounts.findLinkedAccount(issuer, subject).orElseThrow();
        }
        return accountId;
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return "";
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static String hostOf(String issuer) {
        try {
            String host = java.net.URI.create(issuer).getHost();
            return host == null ? "oidc.invalid" : host;
        } catch (IllegalArgumentException e) {
            return "oidc.invalid";
        }
    }
}
