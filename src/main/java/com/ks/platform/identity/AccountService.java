package com.ks.platform.identity;

import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.ModuleHook;
import com.ks.platform.shared.RateLimit;
import com.ks.platform.shared.RateLimits;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts and changing what a person decided about their own account. */
@Service
public class AccountService {

    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]{1,64}@[^\\s@]+\\.[^\\s@.]{2,}$");
    private static final int MAX_EMAIL = 254;
    private static final int MAX_NAME = 60;

    private final AccountRepository accounts;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;
    private final String privacyPolicyVersion;
    private final RateLimits rateLimits;

    AccountService(
            AccountRepository accounts,
            PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder,
            AuditTrail audit,
            org.springframework.context.ApplicationEventPublisher events,
            Clock clock,
            @Value("${ks.privacy.policy-version}") String privacyPolicyVersion,
            RateLimits rateLimits) {
        this.rateLimits = rateLimits;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.privacyPolicyVersion = privacyPolicyVersion;
    }

    /** A visitor registers as a shopper. Every rule is checked before anything is written. */
    @Transactional
    @PreAuthorize("permitAll()")
    public UUID registerShopper(RegisterShopper command) {
        limitRegistrations(command.email());
        var account = new NewAccount(
                command.email(),
                command.displayName(),
                command.password(),
                EnumSet.of(Role.SHOPPER),
                command.acceptPrivacyPolicy());
        UUID id = create(account, command.personalisation());
        audit.record("account.registered", "account", id.toString(), null, "SHOPPER");
        events.publishEvent(new ShopperRegistered(id));
        return id;
    }

    /**
     * Creates an account for another module's sign-up flow (a merchant owner). Runs in the caller's transaction, so a
     * failure there leaves no account behind.
     */
    @Transactional
    @ModuleHook
    public UUID createForSignUp(NewAccount account) {
        limitRegistrations(account.email());
        if (account.roles().contains(Role.ADMIN)
                || account.roles().contains(Role.COMPLIANCE_OFFICER)
                || account.roles().contains(Role.CS_AGENT)) {
            throw new IllegalArgumentException("staff roles are granted by an administrator");
        }
        UUID id = create(account, false);
        audit.record(
                "account.registered",
                "account",
                id.toString(),
                null,
                account.roles().toString());
        return id;
    }

    /** An administrator creates a staff account (agents, officers, administrators). */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public UUID createStaffAccount(NewAccount account) {
        UUID id = create(account, false);
        audit.record(
                "account.created",
                "account",
                id.toString(),
                null,
                account.roles().toString());
        return id;
    }

    /**
     * The platform's first administrator, from the operator's environment at start-up: created only while no account
     * holds ADMIN (inert afterwards), with the same rules as every account (a weak password is refused). Not a door for
     * people: {@link FirstAdministrator} calls it before anyone can sign in.
     */
    @Transactional
    Optional<UUID> bootstrapAdministrator(NewAccount account) {
        if (accounts.anyWithRole(Role.ADMIN)) {
            return Optional.empty();
        }
        UUID id = create(account, false);
        audit.record("account.adminBootstrapped", "account", id.toString(), null, "ADMIN");
        return Optional.of(id);
    }

    /**
     * Gives an account the MERCHANT role when it joins a shop's staff. Not a door for people: the merchant module's
     * secured staff commands call it, in their transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @ModuleHook
    public void grantMerchantRole(UUID accountId) {
        accounts.addRoles(accountId, EnumSet.of(Role.MERCHANT));
        audit.record("account.roleGranted", "account", accountId.toString(), null, Role.MERCHANT.name());
    }

    /** Takes the MERCHANT role back when a staff member leaves; like {@link #grantMerchantRole}, for the caller's command. */
    @Transactional(propagation = Propagation.MANDATORY)
    @ModuleHook
    public void revokeMerchantRole(UUID accountId) {
        accounts.removeRole(accountId, Role.MERCHANT);
        audit.record("account.roleRevoked", "account", accountId.toString(), null, Role.MERCHANT.name());
    }

    /**
     * Whether the signed-in person typed their own password: a second confirmation before a risky payment. An account
     * without a password (signed up through OIDC) never matches.
     */
    @Transactional(readOnly = true)
    @ModuleHook
    public boolean isMyPassword(String password) {
        if (password == null || password.isEmpty() || password.length() > 200) {
            return false;
        }
        return accounts.findById(CurrentActor.requireAccountId())
                .map(account -> account.getPasswordHash() != null
                        && passwordEncoder.matches(password, account.getPasswordHash()))
                .orElse(false);
    }

    /** Remembers the signed-in person's language choice; a visitor's stays in their session, nothing is stored. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void changeMyLanguage(Locale locale) {
        CurrentActor.get()
                .ifPresent(actor -> accounts.updatePreferredLocale(actor.accountId(), locale.toLanguageTag()));
    }

    /** The signed-in person switches personalised recommendations on or off (PIPL art. 24). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeMyPersonalisation(boolean enabled) {
        UUID accountId = CurrentActor.requireAccountId();
        accounts.insertConsent(
                Ids.newId(clock),
                accountId,
                ConsentPurpose.PERSONALISATION,
                privacyPolicyVersion,
                enabled,
                clock.instant());
        audit.record("consent.changed", "account", accountId.toString(), null, "PERSONALISATION=" + enabled);
    }

    /**
     * The rules a registration must meet, checked without writing anything: forms call it when a field loses focus,
     * and {@link #registerShopper} calls it again before it stores.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Map<String, String> checkRegistration(RegisterShopper command) {
        return validate(new NewAccount(
                command.email(),
                command.displayName(),
                command.password(),
                EnumSet.of(Role.SHOPPER),
                command.acceptPrivacyPolicy()));
    }

    Map<String, String> validate(NewAccount account) {
        String email = normalizeEmail(account.email());
        String displayName =
                account.displayName() == null ? "" : account.displayName().strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (email.isEmpty()) {
            errors.put("email", "error.email.required");
        } else if (wellFormedEmail(email).isEmpty()) {
            errors.put("email", "error.email.invalid");
        } else if (accounts.emailExists(email)) {
            errors.put("email", "error.email.taken");
        }
        if (displayName.isEmpty()) {
            errors.put("displayName", "error.displayName.required");
        } else if (displayName.length() > MAX_NAME || displayName.chars().anyMatch(Character::isISOControl)) {
            errors.put("displayName", "error.displayName.invalid");
        }
        passwordPolicy.check(account.password(), email).ifPresent(key -> errors.put("password", key));
        if (!account.acceptPrivacyPolicy()) {
            errors.put("acceptPrivacyPolicy", "error.privacy.required");
        }
        return errors;
    }

    private UUID create(NewAccount account, boolean personalisation) {
        if (account.roles().isEmpty()) {
            throw new IllegalArgumentException("an account needs a role");
        }
        Map<String, String> errors = validate(account);
        if (!errors.isEmpty()) {
            throw new RuleViolated(errors);
        }
        String email = normalizeEmail(account.email());
        String displayName = account.displayName().strip();
        UUID id = Ids.newId(clock);
        Instant now = clock.instant();
        try {
            accounts.insert(id, email, displayName, passwordEncoder.encode(account.password()), account.roles(), now);
        } catch (DuplicateKeyException raceWithSameEmail) {
            throw new RuleViolated(Map.of("email", "error.email.taken"));
        }
        accounts.insertConsent(Ids.newId(clock), id, ConsentPurpose.PRIVACY_POLICY, privacyPolicyVersion, true, now);
        accounts.insertConsent(
                Ids.newId(clock), id, ConsentPurpose.PERSONALISATION, privacyPolicyVersion, personalisation, now);
        return id;
    }

    /** The address normalised (trimmed, lower case) when an account could have it; empty otherwise. */
    public static Optional<String> wellFormedEmail(String email) {
        String normalized = normalizeEmail(email);
        return normalized.length() <= MAX_EMAIL && EMAIL.matcher(normalized).matches()
                ? Optional.of(normalized)
                : Optional.empty();
    }

    /** Sign-ups per client address and per e-mail address (both before anything is checked or written). */
    private void limitRegistrations(String email) {
        rateLimits.acquireForClient(RateLimit.REGISTRATION_PER_ADDRESS);
        String normalized = normalizeEmail(email);
        if (!normalized.isEmpty()) {
            rateLimits.acquire(RateLimit.REGISTRATION_PER_ACCOUNT, normalized);
        }
    }

    static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
