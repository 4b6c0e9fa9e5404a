package com.ks.platform.identity;

import com.ks.platform.identity.SecondFactorCheck.Outcome;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.RateLimit;
import com.ks.platform.shared.RateLimits;
import com.ks.platform.shared.RuleViolated;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Second factors (OWASP ASVS 5.0 L2 §6.3: staff surfaces need more than a password). A staff member proves a second
 * factor once per sign-in — a code from an authenticator app (RFC 6238), a one-time recovery code, or a passkey, which
 * counts as both factors — and the proof is an authority on their {@link Authentication}: {@code FACTOR_TOTP} or
 * Spring Security's {@code FACTOR_WEBAUTHN}. Shoppers are not asked (no sign-in risk hook exists yet).
 */
@Service
public class SecondFactors {

    /** Authority of a sign-in completed with an authenticator-app or recovery code. */
    public static final String AUTHENTICATOR_FACTOR =
            FactorGrantedAuthority.fromFactor("TOTP").getAuthority();

    /** Authority Spring Security gives a passkey sign-in; a passkey proves possession and (verified) presence. */
    public static final String PASSKEY_FACTOR = FactorGrantedAuthority.WEBAUTHN_AUTHORITY;

    static final int RECOVERY_CODES = 10;
    private static final Set<String> STAFF_AUTHORITIES = Set.of(
            Role.MERCHANT.authority(),
            Role.CS_AGENT.authority(),
            Role.CS_LEAD.authority(),
            Role.COMPLIANCE_OFFICER.authority(),
            Role.ADMIN.authority());
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final SecondFactorRepository factors;
    private final PasskeyRepository passkeys;
    private final RateLimits limits;
    private final AuditTrail audit;
    private final Clock clock;
    private final int lockAfter;
    private final Duration lockFor;

    SecondFactors(
            AccountRepository accounts,
            SecondFactorRepository factors,
            PasskeyRepository passkeys,
            RateLimits limits,
            AuditTrail audit,
            Clock clock,
            @Value("${ks.security.lock-after-failures:10}") int lockAfter,
            @Value("${ks.security.lock-duration:PT15M}") Duration lockFor) {
        this.accounts = accounts;
        this.factors = factors;
        this.passkeys = passkeys;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
        this.lockAfter = lockAfter;
        this.lockFor = lockFor;
    }

    /** Whether the signed-in person holds a staff role: merchants and their staff, customer service, compliance, admins. */
    public static boolean isStaff(Authentication authentication) {
        return authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(STAFF_AUTHORITIES::contains);
    }

    /** A staff sign-in that has not proven a second factor yet: their surfaces stay closed. */
    public static boolean secondFactorMissing(Authentication authentication) {
        return isStaff(authentication)
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .noneMatch(a -> a.equals(AUTHENTICATOR_FACTOR) || a.equals(PASSKEY_FACTOR));
    }

    /** The same sign-in with the authenticator factor proven (kept in the session by the caller). */
    public static Authentication withAuthenticatorFactor(Authentication authentication) {
        return authentication.toBuilder()
                .authorities(authorities -> authorities.add(FactorGrantedAuthority.fromAuthority(AUTHENTICATOR_FACTOR)))
                .build();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SecondFactorStatus mine() {
        UUID accountId = CurrentActor.requireAccountId();
        boolean app = factors.totpOf(accountId).isPresent();
        return new SecondFactorStatus(
                app,
                app ? factors.unusedRecoveryCodes(accountId) : 0,
                passkeys.countOf(accountId),
                accounts.rolesOf(accountId).stream().anyMatch(role -> role != Role.SHOPPER));
    }

    /** A fresh secret and the {@code otpauth://} URI its QR code carries (Key Uri Format: issuer, account, secret). */
    @PreAuthorize("isAuthenticated()")
    public TotpEnrolment newAuthenticatorSecret() {
        String secret = Totp.newSecret();
        String email =
                accounts.findById(CurrentActor.requireAccountId()).orElseThrow().getEmail();
        return new TotpEnrolment(secret, Totp.keyUri("Ks", email, secret));
    }

    /**
     * Keeps the authenticator app whose code proves the person has the secret, and returns new recovery codes (shown
     * once; only their hashes are stored).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<String> enrolAuthenticator(String secret, String code) {
        UUID accountId = CurrentActor.requireAccountId();
        if (!Totp.isSecret(secret)) {
            throw new RuleViolated("mfa.error.secretInvalid");
        }
        if (factors.totpOf(accountId).isPresent()) {
            throw new RuleViolated("mfa.error.alreadyEnrolled");
        }
        Optional<Long> step = matchingStep(secret, code, clock.instant());
        if (step.isEmpty()) {
            throw new RuleViolated("mfa.error.wrong");
        }
        if (!factors.insertTotp(accountId, secret, step.get(), clock.instant())) {
            throw new RuleViolated("mfa.error.alreadyEnrolled");
        }
        List<String> codes = newRecoveryCodes(accountId);
        audit.record("mfa.authenticatorEnrolled", "account", accountId.toString(), null);
        return codes;
    }

    /**
     * Checks an authenticator code after the password. Every attempt counts against the sign-in throttle of the
     * account; a wrong code also counts as a failed sign-in toward the account lock.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public SecondFactorCheck verifyAuthenticatorCode(String code) {
        UUID accountId = CurrentActor.requireAccountId();
        var account = accounts.findById(accountId).orElseThrow();
        Optional<SecondFactorCheck> refused = throttled(account.getEmail(), account.getLockedUntil());
        if (refused.isPresent()) {
            return refused.get();
        }
        var totp = factors.totpOf(accountId);
        if (totp.isEmpty()) {
            return SecondFactorCheck.of(Outcome.NOT_ENROLLED);
        }
        Optional<Long> step = matchingStep(totp.get().getSecret(), code, clock.instant());
        if (step.isEmpty()) {
            accounts.recordFailedLogin(
                    account.getEmail(), lockAfter, clock.instant().plus(lockFor));
            return SecondFactorCheck.of(Outcome.WRONG);
        }
        if (!factors.takeStep(accountId, step.get())) {
            return SecondFactorCheck.of(Outcome.REUSED);
        }
        return SecondFactorCheck.of(Outcome.ACCEPTED);
    }

    /** Uses one of the recovery codes instead of the app (a lost phone); each works once. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public SecondFactorCheck useRecoveryCode(String code) {
        UUID accountId = CurrentActor.requireAccountId();
        var account = accounts.findById(accountId).orElseThrow();
        Optional<SecondFactorCheck> refused = throttled(account.getEmail(), account.getLockedUntil());
        if (refused.isPresent()) {
            return refused.get();
        }
        String hash = hash(normalizeRecoveryCode(code));
        if (factors.useRecoveryCode(accountId, hash, clock.instant())) {
            audit.record("mfa.recoveryCodeUsed", "account", accountId.toString(), null);
            return SecondFactorCheck.of(Outcome.ACCEPTED);
        }
        if (factors.recoveryCodeExists(accountId, hash)) {
            return SecondFactorCheck.of(Outcome.REUSED);
        }
        accounts.recordFailedLogin(
                account.getEmail(), lockAfter, clock.instant().plus(lockFor));
        return SecondFactorCheck.of(Outcome.WRONG);
    }

    /** New recovery codes replace the old ones (all of them: a printed list that leaked stops working). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<String> renewRecoveryCodes() {
        UUID accountId = CurrentActor.requireAccountId();
        if (factors.totpOf(accountId).isEmpty()) {
            throw new RuleViolated("mfa.error.not_enrolled");
        }
        List<String> codes = newRecoveryCodes(accountId);
        audit.record("mfa.recoveryCodesRenewed", "account", accountId.toString(), null);
        return codes;
    }

    /**
     * Demo only: enrols every staff account that has no authenticator with the one documented secret (README), so the
     * demo and the browser tests can sign staff in. The seeder calls it; production never seeds.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void enrolStaffForDemo(String secret) {
        if (!Totp.isSecret(secret)) {
            throw new RuleViolated("mfa.error.secretInvalid");
        }
        for (UUID accountId : factors.staffWithoutTotp()) {
            factors.insertTotp(accountId, secret, 0, clock.instant());
            audit.record("mfa.authenticatorEnrolled", "account", accountId.toString(), "demo");
        }
    }

    private Optional<SecondFactorCheck> throttled(String email, Instant lockedUntil) {
        if (lockedUntil != null && lockedUntil.isAfter(clock.instant())) {
            return Optional.of(
                    new SecondFactorCheck(Outcome.THROTTLED, Duration.between(clock.instant(), lockedUntil)));
        }
        return limits.tryAcquire(RateLimit.SIGN_IN_PER_ACCOUNT, email)
                .map(wait -> new SecondFactorCheck(Outcome.THROTTLED, wait));
    }

    /** The step (current, one before or one after: clocks drift, RFC 6238 §5.2) whose code this is. */
    private static Optional<Long> matchingStep(String secret, String code, Instant now) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (!digits.matches("\\d{" + Totp.DIGITS + "}")) {
            return Optional.empty();
        }
        long current = Totp.stepAt(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (MessageDigest.isEqual(
                    Totp.codeOfStep(secret, step).getBytes(StandardCharsets.US_ASCII),
                    digits.getBytes(StandardCharsets.US_ASCII))) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    private List<String> newRecoveryCodes(UUID accountId) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
                if (c == 4) {
                    code.append('-');
                }
            }
            codes.add(code.toString());
        }
        factors.replaceRecoveryCodes(
                accountId,
                codes.stream()
                        .map(SecondFactors::normalizeRecoveryCode)
                        .map(SecondFactors::hash)
                        .toList());
        return codes;
    }

    private static String normalizeRecoveryCode(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
