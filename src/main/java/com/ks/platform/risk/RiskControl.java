package com.ks.platform.risk;

import com.ks.jooq.tables.records.RiskAlertRecord;
import com.ks.jooq.tables.records.RiskAssessmentRecord;
import com.ks.platform.identity.AccountDetails;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.AddressDetails;
import com.ks.platform.identity.AddressQueries;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.ModuleHook;
import com.ks.platform.shared.NotAllowed;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.OneTimeTokens;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assesses every payment attempt before anything opens at a provider, keeps its own record of attempts and outcomes
 * (so the rules read only risk's tables), and lets a challenged shopper confirm with their password.
 */
@Service
public class RiskControl {

    private static final Logger log = LoggerFactory.getLogger(RiskControl.class);

    private final RiskRepository risks;
    private final IpRegions regions;
    private final AccountQueries accounts;
    private final AccountService accountService;
    private final AddressQueries addresses;
    private final RiskSettings settings;
    private final RiskScoring scoring;
    private final Clock clock;

    RiskControl(
            RiskRepository risks,
            IpRegions regions,
            AccountQueries accounts,
            AccountService accountService,
            AddressQueries addresses,
            RiskSettings settings,
            RiskScoring scoring,
            Clock clock) {
        this.risks = risks;
        this.regions = regions;
        this.accounts = accounts;
        this.accountService = accountService;
        this.addresses = addresses;
        this.settings = settings;
        this.scoring = scoring;
        this.clock = clock;
    }

    /**
     * Scores the signed-in shopper's attempt and records it with its decision and reasons (in its own transaction, so
     * a refused attempt stays on record when the payment's transaction rolls back); a challenged or blocked attempt
     * also becomes an alert. A challenged attempt that carries a valid confirmation of the same checkout and amount is
     * allowed, once.
     */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public RiskAssessment assess(PaymentAttempt attempt) {
        if (attempt == null
                || attempt.checkoutId() == null
                || attempt.method() == null
                || attempt.amountFen() <= 0
                || attempt.method().length() > 20) {
            throw new RuleViolated("error.risk.badAttempt");
        }
        if (!CurrentActor.requireAccountId().equals(attempt.accountId())) {
            throw new NotAllowed("error.risk.notYourAttempt");
        }
        Instant now = clock.instant();
        ClientContext client = attempt.client();
        Optional<String> ipProvince = regions.provinceOf(client.clientIp());
        Optional<String> addressProvince = addresses.myDefault().map(AddressDetails::provinceCode);
        List<RiskReason> reasons = reasons(attempt, ipProvince, addressProvince, now);
        int score = reasons.stream().mapToInt(scoring::weight).sum();
        RiskDecision decision = score >= scoring.blockAt()
                ? RiskDecision.BLOCK
                : score >= scoring.challengeAt() ? RiskDecision.CHALLENGE : RiskDecision.ALLOW;
        boolean confirmed = decision == RiskDecision.CHALLENGE
                && client.confirmation() != null
                && risks.useConfirmation(OneTimeTokens.hash(client.confirmation()), attempt, now);
        if (confirmed) {
            decision = RiskDecision.ALLOW;
        }
        RiskAssessmentRecord record = new RiskAssessmentRecord();
        record.setId(Ids.newId(clock));
        record.setAccountId(attempt.accountId());
        record.setCheckoutId(attempt.checkoutId());
        record.setPaymentId(attempt.paymentId());
        record.setAmountFen(attempt.amountFen());
        record.setMethod(attempt.method());
        record.setDeviceId(client.deviceId());
        record.setClientIp(client.clientIp());
        record.setIpProvince(ipProvince.orElse(null));
        record.setAddressProvince(addressProvince.orElse(null));
        record.setDecision(decision.name());
        record.setScore(score);
        record.setReasons(codes(reasons));
        record.setConfirmedChallenge(confirmed);
        record.setWrongPasswords(0);
        record.setAssessedAt(now);
        risks.insert(record);
        if (decision != RiskDecision.ALLOW) {
            raiseAlert(record, now);
            log.info("Payment attempt {} {} ({})", record.getId(), decision, record.getReasons());
        }
        return new RiskAssessment(record.getId(), decision, List.copyOf(reasons));
    }

    private List<RiskReason> reasons(
            PaymentAttempt attempt, Optional<String> ipProvince, Optional<String> addressProvince, Instant now) {
        ClientContext client = attempt.client();
        Instant windowStart = now.minus(settings.velocityWindow());
        List<RiskReason> reasons = new ArrayList<>();
        if (risks.attemptsOfAccountSince(attempt.accountId(), windowStart) >= settings.maxAttemptsPerAccount()) {
            reasons.add(RiskReason.VELOCITY_ACCOUNT);
        }
        if (client.deviceId() != null
                && risks.attemptsOfDeviceSince(client.deviceId(), windowStart) >= settings.maxAttemptsPerDevice()) {
            reasons.add(RiskReason.VELOCITY_DEVICE);
        }
        if (!IpRegions.loopback(client.clientIp())
                && risks.attemptsOfIpSince(client.clientIp(), windowStart) >= settings.maxAttemptsPerIp()) {
            reasons.add(RiskReason.VELOCITY_IP);
        }
        List<Long> history = risks.succeededAmounts(attempt.accountId(), settings.historySize());
        if (history.size() >= settings.historyMinimum()
                && attempt.amountFen()
                        > settings.amountMultiple()
                                * history.stream()
                                        .mapToLong(Long::longValue)
                                        .max()
                                        .orElse(0)) {
            reasons.add(RiskReason.AMOUNT_ABOVE_HISTORY);
        }
        Instant joined = accounts.findById(attempt.accountId())
                .map(AccountDetails::createdAt)
                .orElse(now);
        if (joined.isAfter(now.minus(settings.newAccountAge()))
                && attempt.amountFen() >= settings.newAccountLargeFen()) {
            reasons.add(RiskReason.NEW_ACCOUNT_LARGE_ORDER);
        }
        if (risks.failuresSince(attempt.accountId(), now.minus(settings.failureWindow())) >= settings.maxFailures()) {
            reasons.add(RiskReason.REPEATED_FAILURES);
        }
        if (ipProvince.isPresent()
                && addressProvince.isPresent()
                && !ipProvince.get().equals(addressProvince.get())) {
            reasons.add(RiskReason.REGION_MISMATCH);
        }
        return reasons;
    }

    private void raiseAlert(RiskAssessmentRecord assessment, Instant now) {
        RiskAlertRecord alert = new RiskAlertRecord();
        alert.setId(Ids.newId(clock));
        alert.setAssessmentId(assessment.getId());
        alert.setAccountId(assessment.getAccountId());
        alert.setAmountFen(assessment.getAmountFen());
        alert.setDecision(assessment.getDecision());
        alert.setReasons(assessment.getReasons());
        alert.setStatus(RiskAlertStatus.OPEN.name());
        alert.setCreatedAt(now);
        risks.insertAlert(alert);
    }

    /**
     * The shopper answers a challenge with their password: right, a one-time confirmation of that checkout and amount
     * (valid {@code ks.risk.confirmation-validity}); wrong, refused and counted as a failure (it stays counted: the
     * refusal does not roll back). After {@code max-wrong-passwords} the challenge cannot be answered any more.
     */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional(noRollbackFor = RuleViolated.class)
    public String confirmWithPassword(UUID assessmentId, String password) {
        if (assessmentId == null) {
            throw new NotFound("error.risk.notFound");
        }
        RiskAssessmentRecord assessment = risks.lockOwn(assessmentId, CurrentActor.requireAccountId())
                .orElseThrow(() -> new NotFound("error.risk.notFound"));
        Instant now = clock.instant();
        if (!RiskDecision.CHALLENGE.name().equals(assessment.getDecision())
                || assessment.getConfirmationHash() != null) {
            throw new RuleViolated("error.risk.notChallenged");
        }
        if (!assessment.getAssessedAt().plus(settings.confirmationValidity()).isAfter(now)) {
            throw new RuleViolated("error.risk.challengeExpired");
        }
        if (assessment.getWrongPasswords() >= settings.maxWrongPasswords()) {
            throw new RuleViolated("error.risk.tooManyWrongPasswords");
        }
        if (!accountService.isMyPassword(password)) {
            risks.countWrongPassword(assessmentId);
            throw new RuleViolated("error.risk.wrongPassword");
        }
        String token = OneTimeTokens.newToken();
        risks.confirm(assessmentId, OneTimeTokens.hash(token), now.plus(settings.confirmationValidity()));
        return token;
    }

    /**
     * The payment module reports what became of an attempt's payment (succeeded, failed, expired); called on verified
     * provider statements only, never from a view. Failures feed the repeated-failures rule, successes the shopper's
     * usual amounts.
     */
    @Transactional
    @ModuleHook
    public void recordOutcome(UUID paymentId, RiskOutcome outcome) {
        if (paymentId != null && outcome != null) {
            risks.recordOutcome(paymentId, outcome, clock.instant());
        }
    }

    static String codes(List<RiskReason> reasons) {
        return reasons.stream().map(RiskReason::name).collect(Collectors.joining(","));
    }

    static List<RiskReason> reasons(String codes) {
        return codes == null || codes.isBlank()
                ? List.of()
                : Arrays.stream(codes.split(",")).map(RiskReason::valueOf).toList();
    }
}
