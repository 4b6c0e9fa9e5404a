package com.ks.platform.credit;

import static com.ks.jooq.Tables.CREDIT_PERIOD;
import static com.ks.jooq.Tables.CREDIT_PURCHASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.notification.Notice;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlacedCheckout;
import com.ks.platform.payment.PaymentDetails;
import com.ks.platform.payment.PaymentService;
import com.ks.platform.payment.PaymentTestSupport;
import com.ks.platform.payment.sandbox.SandboxGateway;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Instant;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The monthly bill: closed on its statement day, reminded, overdue and frozen, repaid through a provider. */
class CreditBillingTest extends PaymentTestSupport {

    @Autowired
    CreditService credit;

    @Autowired
    CreditBilling billing;

    @Autowired
    PaymentService paymentService;

    @Autowired
    SandboxGateway gateway;

    @Autowired
    NotificationService notifications;

    @Autowired
    DSLContext db;

    private final java.util.Map<String, java.util.UUID> orderOnCredit = new java.util.HashMap<>();

    /** A shopper with one paid order buys ¥300 on credit; answers the purchase's statement day. */
    private LocalDate boughtOnCredit(String shopper) {
        PlacedCheckout placed = place(shopper, product("账单 先用后付", 30_000), 1);
        PaymentDetails paid = as(shopper, () -> paymentService.payWithCredit(placed.checkoutId(), 1));
        orderOnCredit.put(shopper, placed.orderIds().getFirst());
        return db.select(CREDIT_PERIOD.STATEMENT_DATE)
                .from(CREDIT_PERIOD)
                .join(CREDIT_PURCHASE)
                .on(CREDIT_PURCHASE.ID.eq(CREDIT_PERIOD.PURCHASE_ID))
                .where(CREDIT_PURCHASE.PAYMENT_ID.eq(paid.id()))
                .fetchSingle(CREDIT_PERIOD.STATEMENT_DATE);
    }

    @Autowired
    com.ks.platform.identity.AccountQueries accountQueries;

    private java.util.UUID accountOf(String shopper) {
        return accountQueries.findByEmail(shopper).orElseThrow();
    }

    private CreditBill onlyBill(String shopper) {
        var bills = as(shopper, credit::myBills);
        assertThat(bills).hasSize(1);
        return bills.getFirst();
    }

    private java.util.List<String> noticeKeys(String shopper) {
        return as(shopper, () -> notifications.myNotices(0, 50)).stream()
                .map(Notice::messageKey)
                .toList();
    }

    @Test
    void a_bill_closes_on_its_statement_day_reminds_then_goes_overdue_freezes_and_repaying_it_unfreezes()
            throws Exception {
        String shopper = shopperWithHistory();
        LocalDate statement = boughtOnCredit(shopper);

        billing.runOn(statement, accountOf(shopper));
        CreditBill bill = onlyBill(shopper);
        assertThat(bill.amountFen()).isEqualTo(30_000);
        assertThat(bill.status()).isEqualTo(CreditBill.Status.OPEN);
        assertThat(bill.dueDate()).isEqualTo(statement.withDayOfMonth(10));

        billing.runOn(bill.dueDate().minusDays(2), accountOf(shopper));
        assertThat(noticeKeys(shopper)).containsExactly("notice.credit.reminder");

        billing.runOn(bill.dueDate().plusDays(1), accountOf(shopper));
        billing.runOn(bill.dueDate().plusDays(2), accountOf(shopper));
        assertThat(onlyBill(shopper).status()).isEqualTo(CreditBill.Status.OVERDUE);
        assertThat(noticeKeys(shopper)).containsExactly("notice.credit.overdue", "notice.credit.reminder");
        CreditOverview frozen = as(shopper, credit::myCredit);
        assertThat(frozen.frozen()).isTrue();
        assertThat(frozen.availableFen()).isZero();
        PlacedCheckout another = place(shopper, product("账单 冻结后", 12_900), 1);
        assertThatThrownBy(() -> as(shopper, () -> paymentService.payWithCredit(another.checkoutId(), 1)))
                .isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.credit.frozen");

        assertThatThrownBy(
                        () -> as(shopper, () -> paymentService.startRepayment(bill.id(), 30_001, PaymentMethod.ALIPAY)))
                .isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.credit.repayAmount");
        PaymentDetails repayment =
                as(shopper, () -> paymentService.startRepayment(bill.id(), 30_000, PaymentMethod.ALIPAY));
        gateway.approveWithoutNotifying(chargeOf(repayment));
        var signed = gateway.notificationOf(chargeOf(repayment), Instant.now());
        assertThat(notify("alipay", signed.signature(), signed.bodyText()).statusCode())
                .isEqualTo(200);
        // the same notification again is a replay: the bill is repaid once
        assertThat(notify("alipay", signed.signature(), signed.bodyText()).statusCode())
                .isEqualTo(409);

        CreditBill repaid = onlyBill(shopper);
        assertThat(repaid.status()).isEqualTo(CreditBill.Status.PAID);
        assertThat(repaid.paidFen()).isEqualTo(30_000);
        CreditOverview line = as(shopper, credit::myCredit);
        assertThat(line.frozen()).isFalse();
        assertThat(line.owedFen()).isZero();
        assertThat(line.factors())
                .filteredOn(f -> f.code() == CreditFactor.Code.REPAYMENT)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.observed()).isEqualTo("0/1/0");
                    assertThat(f.points()).isEqualTo(-20);
                });
    }

    @Test
    void another_shopper_can_neither_see_nor_repay_my_bill() {
        String shopper = shopperWithHistory();
        billing.runOn(boughtOnCredit(shopper), accountOf(shopper));
        CreditBill bill = onlyBill(shopper);
        String stranger = newShopper();

        assertThatThrownBy(() -> as(stranger, () -> credit.myBill(bill.id()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(
                        () -> as(stranger, () -> paymentService.startRepayment(bill.id(), 100, PaymentMethod.ALIPAY)))
                .isInstanceOf(NotFound.class);
        assertThat(as(stranger, credit::myBills)).isEmpty();
        assertThat(onlyBill(shopper).paidFen()).isZero();
    }

    @Test
    void a_refund_after_the_bill_closed_is_credited_to_the_bill() {
        String shopper = shopperWithHistory();
        billing.runOn(boughtOnCredit(shopper), accountOf(shopper));
        paymentService.refundOrder(orderOnCredit.get(shopper), 10_000, "after-sales", "bill-" + shopper);

        CreditBill bill = onlyBill(shopper);
        assertThat(bill.paidFen()).isEqualTo(10_000);
        assertThat(as(shopper, credit::myCredit).owedFen()).isEqualTo(20_000);
    }
}
