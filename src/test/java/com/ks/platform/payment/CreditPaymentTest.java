package com.ks.platform.payment;

import static com.ks.jooq.Tables.CREDIT_ATTEMPT;
import static com.ks.jooq.Tables.CREDIT_PERIOD;
import static com.ks.jooq.Tables.CREDIT_PURCHASE;
import static com.ks.jooq.Tables.PAYMENT_PAYMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.credit.CreditAssessments;
import com.ks.platform.credit.CreditFactor;
import com.ks.platform.credit.CreditOverview;
import com.ks.platform.credit.CreditService;
import com.ks.platform.credit.CreditStanding;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.ordering.OrderStatus;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlacedCheckout;
import com.ks.platform.shared.RuleViolated;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** 先用后付 at the cashier: the limit from explainable factors, paying within it, refusals, installments, refunds. */
class CreditPaymentTest extends PaymentTestSupport {

    @Autowired
    CreditService credit;

    @Autowired
    CreditAssessments assessments;

    @Autowired
    AccountQueries accountQueries;

    @Autowired
    DSLContext db;

    private CreditOverview creditOf(String shopper) {
        return as(shopper, credit::myCredit);
    }

    private UUID accountOf(String shopper) {
        return accountQueries.findByEmail(shopper).orElseThrow();
    }

    @Test
    void a_new_shopper_without_a_paid_order_has_no_credit_and_sees_why_pipl_art_24() {
        String shopper = newShopper();

        CreditOverview line = creditOf(shopper);

        assertThat(line.standing()).isEqualTo(CreditStanding.NO_HISTORY);
        assertThat(line.limitFen()).isZero();
        assertThat(line.factors()).extracting(CreditFactor::code).containsExactly(CreditFactor.Code.values());
        assertThat(line.factors())
                .filteredOn(f -> f.code() == CreditFactor.Code.KEPT_ORDERS)
                .singleElement()
                .satisfies(f -> assertThat(f.observed()).isEqualTo("0"));
    }

    @Test
    void a_shopper_with_a_paid_order_gets_the_starter_limit_with_the_factors_that_gave_it() {
        String shopper = shopperWithHistory();

        CreditOverview line = creditOf(shopper);

        assertThat(line.standing()).isEqualTo(CreditStanding.STARTER);
        assertThat(line.limitFen()).isEqualTo(100_000);
        assertThat(line.availableFen()).isEqualTo(100_000);
        assertThat(line.factors())
                .filteredOn(f -> f.code() == CreditFactor.Code.KEPT_ORDERS)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.observed()).isEqualTo("1");
                    assertThat(f.points()).isEqualTo(10);
                });
        assertThat(line.score())
                .isEqualTo(
                        line.factors().stream().mapToInt(CreditFactor::points).sum());
    }

    @Test
    void paying_with_credit_within_the_limit_pays_the_order_at_once_and_the_ledger_stays_balanced() {
        String shopper = shopperWithHistory();
        PlacedCheckout placed = place(shopper, product("先用后付 台灯", 45_000), 1);

        PaymentDetails paid = as(shopper, () -> payments.payWithCredit(placed.checkoutId(), 1));

        assertThat(paid.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(paid.method()).isEqualTo(PaymentMethod.CREDIT);
        assertThat(paid.sandbox()).isFalse();
        assertThat(orderStatus(shopper, placed.orderIds().getFirst())).isEqualTo(OrderStatus.PAID);
        CreditOverview line = creditOf(shopper);
        assertThat(line.owedFen()).isEqualTo(45_000);
        assertThat(line.availableFen()).isEqualTo(55_000);
        assertThat(ledger.balance(Ledger.credit(accountOf(shopper)))).isEqualTo(-45_000);
        assertThat(ledger.unbalancedMovements()).isZero();
        assertThat(ledger.total()).isZero();
    }

    @Test
    void credit_above_the_available_limit_is_refused_recorded_and_nothing_changes() {
        String shopper = shopperWithHistory();
        PlacedCheckout placed = place(shopper, product("先用后付 超额", 120_000), 1);
        UUID account = accountOf(shopper);

        assertThatThrownBy(() -> as(shopper, () -> payments.payWithCredit(placed.checkoutId(), 1)))
                .isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.credit.overLimit");

        assertThat(db.fetch(CREDIT_ATTEMPT, CREDIT_ATTEMPT.ACCOUNT_ID.eq(account)))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.getOutcome()).isEqualTo("OVER_LIMIT");
                    assertThat(a.getAmountFen()).isEqualTo(120_000);
                    assertThat(a.getAvailableFen()).isEqualTo(100_000);
                });
        assertThat(db.fetchCount(PAYMENT_PAYMENT, PAYMENT_PAYMENT.CHECKOUT_ID.eq(placed.checkoutId())))
                .isZero();
        assertThat(db.fetchCount(CREDIT_PURCHASE, CREDIT_PURCHASE.ACCOUNT_ID.eq(account)))
                .isZero();
        assertThat(orderStatus(shopper, placed.orderIds().getFirst())).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(creditOf(shopper).owedFen()).isZero();
    }

    @Test
    void a_shopper_without_credit_is_refused_and_the_attempt_recorded() {
        String shopper = newShopper();
        PlacedCheckout placed = place(shopper, product("先用后付 无额度", 12_900), 1);

        assertThatThrownBy(() -> as(shopper, () -> payments.start(placed.checkoutId(), PaymentMethod.CREDIT)))
                .isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.credit.none");

        assertThat(db.fetch(CREDIT_ATTEMPT, CREDIT_ATTEMPT.ACCOUNT_ID.eq(accountOf(shopper))))
                .extracting(r -> r.getOutcome())
                .containsExactly("NO_CREDIT");
        assertThat(orderStatus(shopper, placed.orderIds().getFirst())).isEqualTo(OrderStatus.PENDING_PAYMENT);
    }

    @Test
    void concurrent_credit_payments_never_pass_the_limit_together() throws Exception {
        String shopper = shopperWithHistory();
        creditOf(shopper);
        var product = product("先用后付 并发", 40_000);
        List<PlacedCheckout> checkouts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            checkouts.add(place(shopper, product, 1));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> results = new ArrayList<>();
        for (PlacedCheckout checkout : checkouts) {
            Callable<Boolean> pay = () -> {
                start.await();
                try {
                    as(shopper, () -> payments.payWithCredit(checkout.checkoutId(), 1));
                    return true;
                } catch (RuleViolated refused) {
                    return false;
                }
            };
            results.add(pool.submit(pay));
        }
        start.countDown();
        int paid = 0;
        for (Future<Boolean> result : results) {
            paid += result.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(paid).isEqualTo(2);
        assertThat(creditOf(shopper).owedFen()).isEqualTo(80_000);
        assertThat(db.fetch(CREDIT_ATTEMPT, CREDIT_ATTEMPT.ACCOUNT_ID.eq(accountOf(shopper))))
                .extracting(r -> r.getOutcome())
                .containsExactlyInAnyOrder("CHARGED", "CHARGED", "OVER_LIMIT", "OVER_LIMIT");
        assertThat(ledger.unbalancedMovements()).isZero();
    }

    @Test
    void purchases_on_credit_do_not_count_as_history_that_raises_the_lines_own_limit() {
        String shopper = shopperWithHistory();
        CreditOverview before = creditOf(shopper);
        var product = product("先用后付 不自增额度", 10_000);
        for (int i = 0; i < 3; i++) {
            PlacedCheckout checkout = place(shopper, product, 1);
            as(shopper, () -> payments.payWithCredit(checkout.checkoutId(), 1));
        }

        CreditOverview after = creditOf(shopper);

        assertThat(after.standing()).isEqualTo(CreditStanding.STARTER);
        assertThat(after.limitFen()).isEqualTo(before.limitFen());
        assertThat(after.owedFen()).isEqualTo(30_000);
    }

    @Test
    void six_installments_store_the_plan_whose_periods_add_up_and_charge_the_fee_to_the_line() {
        String shopper = shopperWithHistory();
        PlacedCheckout placed = place(shopper, product("先用后付 分期", 60_001), 1);
        UUID account = accountOf(shopper);

        PaymentDetails paid = as(shopper, () -> payments.payWithCredit(placed.checkoutId(), 6));

        // fee = 600.01 × 4.5 % = 27.00045 → ¥27.00 (HALF_UP to the fen)
        var purchase = db.fetchSingle(CREDIT_PURCHASE, CREDIT_PURCHASE.PAYMENT_ID.eq(paid.id()));
        assertThat(purchase.getFeeFen()).isEqualTo(2_700);
        var periods = db.fetch(CREDIT_PERIOD, CREDIT_PERIOD.PURCHASE_ID.eq(purchase.getId()));
        assertThat(periods).hasSize(6);
        assertThat(periods.stream().mapToLong(p -> p.getPrincipalFen()).sum()).isEqualTo(60_001);
        assertThat(periods.stream().mapToLong(p -> p.getFeeFen()).sum()).isEqualTo(2_700);
        assertThat(creditOf(shopper).owedFen()).isEqualTo(62_701);
        assertThat(ledger.balance(Ledger.credit(account))).isEqualTo(-62_701);
        assertThat(ledger.unbalancedMovements()).isZero();
        assertThat(as(shopper, () -> credit.myPurchases(0, 10)))
                .singleElement()
                .satisfies(p -> assertThat(p.schedule()).hasSize(6));
    }

    @Test
    void installments_below_the_minimum_amount_are_refused_and_nothing_is_charged() {
        String shopper = shopperWithHistory();
        PlacedCheckout placed = place(shopper, product("先用后付 小额", 20_000), 1);

        assertThatThrownBy(() -> as(shopper, () -> payments.payWithCredit(placed.checkoutId(), 3)))
                .isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.credit.installmentsBelowMinimum");
        assertThatThrownBy(() -> as(shopper, () -> payments.payWithCredit(placed.checkoutId(), 5)))
                .isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.credit.periods");

        assertThat(creditOf(shopper).owedFen()).isZero();
        assertThat(orderStatus(shopper, placed.orderIds().getFirst())).isEqualTo(OrderStatus.PENDING_PAYMENT);
    }

    @Test
    void refunding_an_order_paid_on_credit_gives_the_money_back_to_the_line() {
        String shopper = shopperWithHistory();
        PlacedCheckout placed = place(shopper, product("先用后付 退款", 30_000), 1);
        as(shopper, () -> payments.payWithCredit(placed.checkoutId(), 1));

        payments.refundOrder(placed.orderIds().getFirst(), 10_000, "after-sales", "credit-refund-" + UUID.randomUUID());

        CreditOverview line = creditOf(shopper);
        assertThat(line.owedFen()).isEqualTo(20_000);
        assertThat(ledger.balance(Ledger.credit(accountOf(shopper)))).isEqualTo(-20_000);
        assertThat(ledger.unbalancedMovements()).isZero();
        assertThat(ledger.total()).isZero();
    }

    @Test
    void compliance_sees_the_factors_of_an_assessment_and_a_shopper_cannot() {
        String shopper = shopperWithHistory();
        creditOf(shopper);

        int count = as("compliance@ks.demo", assessments::count);
        List<CreditOverview> seen = as("compliance@ks.demo", () -> assessments.latest(0, 50));

        assertThat(count).isPositive();
        assertThat(seen)
                .filteredOn(c -> c.accountId().equals(accountOf(shopper)))
                .singleElement()
                .satisfies(c -> assertThat(c.factors()).hasSize(5));
        assertThatThrownBy(() -> as(shopper, () -> assessments.latest(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_demo_shopper_has_a_limit_from_real_factors_and_a_six_installment_plan() {
        CreditOverview line = creditOf("shopper@ks.demo");

        assertThat(line.standing()).isEqualTo(CreditStanding.SCORED);
        assertThat(line.limitFen()).isGreaterThanOrEqualTo(300_000);
        assertThat(line.owedFen()).isPositive();
        assertThat(as("shopper@ks.demo", () -> credit.myPurchases(0, 10)))
                .extracting(p -> p.periods())
                .contains(1, 6);
    }
}
