package com.ks.platform.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.jooq.Tables;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlacedCheckout;
import com.ks.platform.risk.ClientContext;
import com.ks.platform.risk.PaymentAttempt;
import com.ks.platform.risk.RiskAlertStatus;
import com.ks.platform.risk.RiskAlertSummary;
import com.ks.platform.risk.RiskAlerts;
import com.ks.platform.risk.RiskAssessment;
import com.ks.platform.risk.RiskControl;
import com.ks.platform.risk.RiskDecision;
import com.ks.platform.risk.RiskOutcome;
import com.ks.platform.risk.RiskReason;
import com.ks.platform.risk.RiskRefused;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.RuleViolated;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Risk control of payments: each rule with its reason, allow / challenge / block, and the officers' alerts. */
class PaymentRiskTest extends PaymentTestSupport {

    static final String PASSWORD = "good password 2026";
    static final String OFFICER = "compliance@ks.demo";
    /** Demo data of the IP-region table: 60.191.x is Zhejiang (the test shoppers' address), 113.108.x Guangdong. */
    static final String ZHEJIANG_IP = "60.191.3.4";

    static final String GUANGDONG_IP = "113.108.5.6";

    @Autowired
    RiskControl risk;

    @Autowired
    RiskAlerts alerts;

    @Autowired
    AccountQueries accountQueries;

    @Autowired
    AuditTrail audit;

    @Autowired
    DSLContext db;

    private RiskAssessment attempt(String shopper, long amountFen, String device, String ip) {
        return attemptFor(shopper, UUID.randomUUID(), amountFen, device, ip);
    }

    private RiskAssessment attemptFor(String shopper, UUID paymentId, long amountFen, String device, String ip) {
        return as(
                shopper,
                () -> risk.assess(new PaymentAttempt(
                        accountQueries.findByEmail(shopper).orElseThrow(),
                        UUID.randomUUID(),
                        paymentId,
                        amountFen,
                        "ALIPAY",
                        new ClientContext(device, ip, null))));
    }

    @Value("${ks.risk.max-attempts-per-account}")
    int maxAttemptsPerAccount;

    private static String device() {
        return UUID.randomUUID().toString();
    }

    /** An address of the benchmarking range (198.18.0.0/15): not in the region table, not loopback. */
    private static String freshIp() {
        return "198.18." + ThreadLocalRandom.current().nextInt(256) + "."
                + ThreadLocalRandom.current().nextInt(256);
    }

    private static void assertChallenged(RiskAssessment assessment, RiskReason reason) {
        assertThat(assessment.decision()).isEqualTo(RiskDecision.CHALLENGE);
        assertThat(assessment.reasons()).containsExactly(reason);
    }

    private List<RiskAlertSummary> alertsOf(UUID assessmentId) {
        List<UUID> ids = db.select(Tables.RISK_ALERT.ID)
                .from(Tables.RISK_ALERT)
                .where(Tables.RISK_ALERT.ASSESSMENT_ID.eq(assessmentId))
                .fetch(Tables.RISK_ALERT.ID);
        return as(OFFICER, () -> alerts.alerts(null, 0, 200)).stream()
                .filter(a -> ids.contains(a.id()))
                .toList();
    }

    @Test
    void an_ordinary_payment_is_allowed_without_reasons_and_raises_no_alert() {
        String shopper = newShopper();

        RiskAssessment assessment = attempt(shopper, 12_900, device(), ZHEJIANG_IP);

        assertThat(assessment.decision()).isEqualTo(RiskDecision.ALLOW);
        assertThat(assessment.reasons()).isEmpty();
        assertThat(alertsOf(assessment.id())).isEmpty();
    }

    @Test
    void many_attempts_from_one_account_are_challenged_for_velocity_per_account() {
        String shopper = newShopper();
        for (int i = 0; i < maxAttemptsPerAccount; i++) {
            assertThat(attempt(shopper, 12_900, device(), freshIp()).decision()).isEqualTo(RiskDecision.ALLOW);
        }

        RiskAssessment oneTooMany = attempt(shopper, 12_900, device(), freshIp());

        assertChallenged(oneTooMany, RiskReason.VELOCITY_ACCOUNT);
        assertThat(alertsOf(oneTooMany.id())).singleElement().satisfies(alert -> {
            assertThat(alert.decision()).isEqualTo(RiskDecision.CHALLENGE);
            assertThat(alert.reasons()).containsExactly(RiskReason.VELOCITY_ACCOUNT);
            assertThat(alert.status()).isEqualTo(RiskAlertStatus.OPEN);
            assertThat(alert.amountFen()).isEqualTo(12_900);
            // PIPL art. 51: the officer sees enough to tell shoppers apart, not the whole address
            assertThat(alert.maskedShopper())
                    .startsWith(shopper.substring(0, 1) + "***@")
                    .doesNotContain(shopper.substring(1, shopper.indexOf('@')));
        });
    }

    @Test
    void many_attempts_from_one_device_are_challenged_for_velocity_per_device() {
        String device = device();
        for (int shopper = 0; shopper < 2; shopper++) {
            String email = newShopper();
            for (int i = 0; i < 4; i++) {
                attempt(email, 12_900, device, freshIp());
            }
        }

        assertChallenged(attempt(newShopper(), 12_900, device, freshIp()), RiskReason.VELOCITY_DEVICE);
    }

    @Test
    void many_attempts_from_one_address_are_challenged_for_velocity_per_ip_but_loopback_is_not_counted() {
        String ip = freshIp();
        for (int shopper = 0; shopper < 5; shopper++) {
            String email = newShopper();
            for (int i = 0; i < 4; i++) {
                attempt(email, 12_900, device(), ip);
            }
        }
        String next = newShopper();

        assertChallenged(attempt(next, 12_900, device(), ip), RiskReason.VELOCITY_IP);
        // the app's own address or a proxy's (forwarding not configured) says nothing about the client
        assertThat(attempt(next, 12_900, device(), "127.0.0.1").reasons()).isEmpty();
    }

    @Test
    void an_amount_far_above_the_shoppers_history_is_challenged() {
        String shopper = newShopper();
        for (int i = 0; i < 3; i++) {
            UUID payment = UUID.randomUUID();
            attemptFor(shopper, payment, 10_000, device(), ZHEJIANG_IP);
            risk.recordOutcome(payment, RiskOutcome.SUCCEEDED);
        }

        assertThat(attempt(shopper, 50_000, device(), ZHEJIANG_IP).decision()).isEqualTo(RiskDecision.ALLOW);
        assertChallenged(attempt(shopper, 50_001, device(), ZHEJIANG_IP), RiskReason.AMOUNT_ABOVE_HISTORY);
    }

    @Test
    void a_new_account_with_a_large_order_is_challenged() {
        String shopper = newShopper();

        assertThat(attempt(shopper, 999_999, device(), ZHEJIANG_IP).decision()).isEqualTo(RiskDecision.ALLOW);
        assertChallenged(attempt(shopper, 1_000_000, device(), ZHEJIANG_IP), RiskReason.NEW_ACCOUNT_LARGE_ORDER);
    }

    @Test
    void repeated_failed_payments_are_challenged() {
        String shopper = newShopper();
        for (int i = 0; i < 3; i++) {
            UUID payment = UUID.randomUUID();
            attemptFor(shopper, payment, 12_900, device(), ZHEJIANG_IP);
            risk.recordOutcome(payment, RiskOutcome.FAILED);
        }

        assertChallenged(attempt(shopper, 12_900, device(), ZHEJIANG_IP), RiskReason.REPEATED_FAILURES);
    }

    @Test
    void an_ip_of_another_province_than_the_delivery_address_is_challenged_and_an_unknown_region_is_skipped() {
        String shopper = newShopper();

        assertChallenged(attempt(shopper, 12_900, device(), GUANGDONG_IP), RiskReason.REGION_MISMATCH);
        assertThat(attempt(shopper, 12_900, device(), "192.168.1.20").reasons()).isEmpty();
    }

    @Test
    void three_wrong_passwords_end_the_challenge_and_count_as_failures() {
        String shopper = newShopper();
        RiskAssessment challenged = attempt(shopper, 12_900, device(), GUANGDONG_IP);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> as(shopper, () -> risk.confirmWithPassword(challenged.id(), "not my password")))
                    .isInstanceOf(RuleViolated.class)
                    .hasMessage("error.risk.wrongPassword");
        }

        assertThatThrownBy(() -> as(shopper, () -> risk.confirmWithPassword(challenged.id(), PASSWORD)))
                .hasMessage("error.risk.tooManyWrongPasswords");
        assertThat(attempt(shopper, 12_900, device(), ZHEJIANG_IP).reasons())
                .containsExactly(RiskReason.REPEATED_FAILURES);
    }

    @Test
    void another_shoppers_challenge_cannot_be_confirmed() {
        String shopper = newShopper();
        RiskAssessment challenged = attempt(shopper, 12_900, device(), GUANGDONG_IP);

        assertThatThrownBy(() -> as(newShopper(), () -> risk.confirmWithPassword(challenged.id(), PASSWORD)))
                .hasMessage("error.risk.notFound");
    }

    @Test
    void a_blocked_payment_opens_nothing_at_the_provider_and_leaves_no_payment() {
        String shopper = newShopper();
        PlacedCheckout placed = place(shopper, product("风控大额相机", 1_200_000), 1);

        assertThatThrownBy(() -> as(
                        shopper,
                        () -> payments.start(
                                placed.checkoutId(),
                                PaymentMethod.CARD,
                                new ClientContext(device(), GUANGDONG_IP, null))))
                .isInstanceOfSatisfying(RiskRefused.class, refused -> {
                    assertThat(refused.decision()).isEqualTo(RiskDecision.BLOCK);
                    assertThat(refused.messageKey()).isEqualTo("error.risk.blocked");
                    assertThat(refused.reasons())
                            .containsExactlyInAnyOrder(RiskReason.NEW_ACCOUNT_LARGE_ORDER, RiskReason.REGION_MISMATCH);
                    assertThat(alertsOf(refused.assessmentId()))
                            .singleElement()
                            .extracting(RiskAlertSummary::decision)
                            .isEqualTo(RiskDecision.BLOCK);
                });

        assertThat(repository.ofCheckout(placed.checkoutId())).isEmpty();
        assertThat(db.fetchCount(
                        Tables.PAYMENT_SANDBOX_CHARGE,
                        Tables.PAYMENT_SANDBOX_CHARGE.CHECKOUT_ID.eq(placed.checkoutId())))
                .isZero();
    }

    @Test
    void a_confirmation_pays_its_own_checkout_once_and_no_other() {
        String shopper = newShopper();
        PlacedCheckout placed = place(shopper, product("风控确认相机", 1_000_000), 1);
        ClientContext client = new ClientContext(device(), ZHEJIANG_IP, null);
        RiskRefused challenge = catchRefusal(shopper, placed, client);
        String confirmation = as(shopper, () -> risk.confirmWithPassword(challenge.assessmentId(), PASSWORD));
        PlacedCheckout other = place(shopper, product("风控另一相机", 1_000_000), 1);

        assertThat(catchRefusal(shopper, other, client.withConfirmation(confirmation))
                        .challenge())
                .isTrue();
        PaymentDetails paid = as(
                shopper,
                () -> payments.start(placed.checkoutId(), PaymentMethod.CARD, client.withConfirmation(confirmation)));
        assertThat(paid.status()).isEqualTo(PaymentStatus.PENDING);
        // used once: the same confirmation lets no second new payment through (another method: no open one to reuse)
        assertThat(catchRefusal(shopper, placed, client.withConfirmation(confirmation))
                        .challenge())
                .isTrue();
    }

    private RiskRefused catchRefusal(String shopper, PlacedCheckout placed, ClientContext client) {
        try {
            as(shopper, () -> payments.start(placed.checkoutId(), PaymentMethod.UNIONPAY, client));
        } catch (RiskRefused refused) {
            return refused;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void officers_acknowledge_and_close_alerts_with_a_note_that_is_audited_and_others_cannot_see_them() {
        String shopper = newShopper();
        RiskAssessment challenged = attempt(shopper, 12_900, device(), GUANGDONG_IP);
        UUID alertId = alertsOf(challenged.id()).getFirst().id();

        assertThatThrownBy(() -> as(OFFICER, () -> alerts.handle(alertId, RiskAlertStatus.ACKNOWLEDGED, "  ")))
                .isInstanceOf(RuleViolated.class);
        assertThat(alertsOf(challenged.id()).getFirst().status()).isEqualTo(RiskAlertStatus.OPEN);
        as(OFFICER, () -> alerts.handle(alertId, RiskAlertStatus.ACKNOWLEDGED, "联系买家核实中"));
        as(OFFICER, () -> alerts.handle(alertId, RiskAlertStatus.CLOSED, "买家本人出差，确认无误"));

        assertThat(alertsOf(challenged.id()).getFirst())
                .satisfies(a -> assertThat(a.status()).isEqualTo(RiskAlertStatus.CLOSED))
                .satisfies(a -> assertThat(a.note()).isEqualTo("买家本人出差，确认无误"));
        assertThat(audit.historyOf("risk_alert", alertId.toString())).hasSize(2);
        assertThatThrownBy(() -> as(OFFICER, () -> alerts.handle(alertId, RiskAlertStatus.ACKNOWLEDGED, "再开")))
                .hasMessage("error.risk.alertAlreadyHandled");
        for (String outsider : List.of(shopper, SHOP, "agent@ks.demo")) {
            assertThatThrownBy(() -> as(outsider, () -> alerts.alerts(null, 0, 10)))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> as(outsider, () -> alerts.handle(alertId, RiskAlertStatus.CLOSED, "x")))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
    }
}
