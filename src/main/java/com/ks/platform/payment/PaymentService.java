package com.ks.platform.payment;

import com.ks.jooq.tables.records.PaymentPaymentRecord;
import com.ks.platform.credit.CreditCharges;
import com.ks.platform.identity.Roles;
import com.ks.platform.ordering.CheckoutSummary;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.risk.ClientContext;
import com.ks.platform.risk.PaymentAttempt;
import com.ks.platform.risk.RiskControl;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.ModuleHook;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting a payment of one's checkout, and refunds (after-sales and cancellations) through the provider. */
@Service
public class PaymentService {

    static final String CURRENCY = "CNY";
    /** The stored provider of payments on platform credit (settled inside the platform). */
    static final String CREDIT_PROVIDER = "credit";

    private final PaymentRepository payments;
    private final PaymentProviders providers;
    private final PaymentSettlement settlement;
    private final OrderQueries orders;
    private final PaymentSettings settings;
    private final CreditCharges credit;
    private final Ledger ledger;
    private final RiskControl risk;
    private final Clock clock;

    PaymentService(
            PaymentRepository payments,
            PaymentProviders providers,
            PaymentSettlement settlement,
            OrderQueries orders,
            PaymentSettings settings,
            CreditCharges credit,
            Ledger ledger,
            RiskControl risk,
            Clock clock) {
        this.payments = payments;
        this.providers = providers;
        this.settlement = settlement;
        this.orders = orders;
        this.settings = settings;
        this.credit = credit;
        this.ledger = ledger;
        this.risk = risk;
        this.clock = clock;
    }

    /**
     * Opens a payment of what the shopper's checkout still owes with the chosen method and answers where to pay (the
     * provider's hosted page). An open payment of the same method and amount is reused, so a double click or a return
     * to the page makes no second payment. The provider's expiry is before the orders' payment deadline.
     */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public PaymentDetails start(UUID checkoutId, PaymentMethod method) {
        return start(checkoutId, method, ClientContext.NONE);
    }

    /**
     * As {@link #start(UUID, PaymentMethod)}, with where the attempt comes from (device, IP, a risk confirmation):
     * risk control assesses every new payment first, and a challenged or blocked one is refused with
     * {@link com.ks.platform.risk.RiskRefused} before anything opens at a provider.
     */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public PaymentDetails start(UUID checkoutId, PaymentMethod method, ClientContext client) {
        if (checkoutId == null) {
            throw new NotFound("error.checkout.notFound");
        }
        if (method == null) {
            throw new RuleViolated("error.payment.methodRequired");
        }
        if (!method.external()) {
            return payWithCredit(checkoutId, 1, client);
        }
        CheckoutSummary checkout = payableCheckout(checkoutId);
        Instant now = clock.instant();
        var open = payments.openPayment(checkoutId, method.name(), checkout.amountDueFen(), now);
        if (open.isPresent()) {
            return PaymentQueries.details(open.get(), providers);
        }
        UUID paymentId = Ids.newId(clock);
        assessRisk(checkoutId, paymentId, checkout.amountDueFen(), method, client);
        PaymentProvider provider = providers.of(method);
        // the provider's page keeps the order's own deadline, so the cashier and that page name the same time
        Instant expiresAt = checkout.payDeadline();
        PaymentPaymentRecord payment =
                newPayment(paymentId, checkoutId, method, provider.id(), checkout.amountDueFen(), expiresAt, now);
        payments.create(payment);
        PaymentProvider.Opened opened = provider.open(new PaymentProvider.NewCharge(
                payment.getId(), checkoutId, payment.getAmountFen(), CURRENCY, expiresAt));
        payment.setProviderPaymentId(opened.providerPaymentId());
        payment.setHostedPageUrl(opened.hostedPageUrl());
        payments.move(payment, PaymentStatus.PENDING, "shopper", "opened at " + provider.id());
        return PaymentQueries.details(payment, providers);
    }

    /**
     * Pays what the shopper's checkout still owes on platform credit (先用后付), in one period ({@code periods} = 1) or
     * 3/6/12 installments: the line is charged and the orders are paid in this one transaction, so the payment
     * succeeds at once, with no hosted page. Above what is available, or while the line is frozen, it is refused with
     * the reason and nothing is written but the credit module's record of the attempt. The ledger takes the amount
     * from the shopper's credit account (and an installment fee into the platform's fee income).
     */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public PaymentDetails payWithCredit(UUID checkoutId, int periods) {
        return payWithCredit(checkoutId, periods, ClientContext.NONE);
    }

    /** As {@link #payWithCredit(UUID, int)}, assessed by risk control like every payment (see {@link #start}). */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public PaymentDetails payWithCredit(UUID checkoutId, int periods, ClientContext client) {
        CheckoutSummary checkout = payableCheckout(checkoutId);
        Instant now = clock.instant();
        UUID paymentId = Ids.newId(clock);
        long amount = checkout.amountDueFen();
        assessRisk(checkoutId, paymentId, amount, PaymentMethod.CREDIT, client);
        CreditCharges.Receipt receipt = credit.charge(paymentId, amount, periods);
        PaymentPaymentRecord payment =
                newPayment(paymentId, checkoutId, PaymentMethod.CREDIT, CREDIT_PROVIDER, amount, now, now);
        payment.setProviderPaymentId("credit:" + receipt.purchaseId());
        payment.setHostedPageUrl("pay/" + checkoutId + "?payment=" + paymentId);
        payments.create(payment);
        payments.move(payment, PaymentStatus.PENDING, "shopper", "charged to the credit line");
        long fee = receipt.schedule().feeFen();
        if (fee > 0) {
            ledger.record(
                    Ledger.Kind.CREDIT_FEE,
                    paymentId,
                    null,
                    Ledger.transfer(Ledger.credit(payment.getAccountId()), Ledger.CREDIT_FEES, fee));
        }
        settlement.apply(
                payment,
                new PaymentProvider.Notification(
                        "credit:" + paymentId,
                        payment.getProviderPaymentId(),
                        paymentId,
                        checkoutId,
                        payment.getProviderPaymentId(),
                        PaymentProvider.Outcome.SUCCEEDED,
                        amount,
                        CURRENCY),
                "account:" + payment.getAccountId());
        return PaymentQueries.details(payment, providers);
    }

    /**
     * Opens a repayment of the shopper's credit bill (full or partial) with any outside method and answers where to
     * pay (the provider's hosted page); the provider's signed notification applies it to the bill. Another person's
     * bill answers NotFound; an amount above what is left, or nothing left, is refused.
     */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public PaymentDetails startRepayment(UUID billId, long amountFen, PaymentMethod method) {
        if (billId == null) {
            throw new NotFound("error.credit.billNotFound");
        }
        if (method == null || !method.external()) {
            throw new RuleViolated("error.payment.methodRequired");
        }
        long outstanding = credit.repayable(billId);
        if (amountFen <= 0 || amountFen > outstanding) {
            throw new RuleViolated("error.credit.repayAmount", java.math.BigDecimal.valueOf(outstanding, 2));
        }
        Instant now = clock.instant();
        PaymentProvider provider = providers.of(method);
        Instant expiresAt = now.plus(settings.providerExpiry());
        PaymentPaymentRecord payment =
                newPayment(Ids.newId(clock), null, method, provider.id(), amountFen, expiresAt, now);
        payment.setCreditBillId(billId);
        payments.create(payment);
        PaymentProvider.Opened opened =
                provider.open(new PaymentProvider.NewCharge(payment.getId(), null, amountFen, CURRENCY, expiresAt));
        payment.setProviderPaymentId(opened.providerPaymentId());
        payment.setHostedPageUrl(opened.hostedPageUrl());
        payments.move(payment, PaymentStatus.PENDING, "shopper", "repayment opened at " + provider.id());
        return PaymentQueries.details(payment, providers);
    }

    /** Risk control sees every new payment first; a challenged or blocked one is refused before money moves. */
    private void assessRisk(
            UUID checkoutId, UUID paymentId, long amountFen, PaymentMethod method, ClientContext client) {
        risk.assess(new PaymentAttempt(
                        CurrentActor.requireAccountId(), checkoutId, paymentId, amountFen, method.name(), client))
                .requireAllowed();
    }

    private CheckoutSummary payableCheckout(UUID checkoutId) {
        if (checkoutId == null) {
            throw new NotFound("error.checkout.notFound");
        }
        CheckoutSummary checkout = orders.myCheckout(checkoutId);
        Instant now = clock.instant();
        if (!checkout.payable()
                || checkout.payDeadline() == null
                || !checkout.payDeadline().isAfter(now)) {
            throw new RuleViolated("error.checkout.nothingToPay");
        }
        return checkout;
    }

    private PaymentPaymentRecord newPayment(
            UUID id,
            UUID checkoutId,
            PaymentMethod method,
            String provider,
            long amountFen,
            Instant expiresAt,
            Instant now) {
        PaymentPaymentRecord payment = new PaymentPaymentRecord();
        payment.setId(id);
        payment.setCheckoutId(checkoutId);
        payment.setAccountId(CurrentActor.requireAccountId());
        payment.setMethod(method.name());
        payment.setProvider(provider);
        payment.setAmountFen(amountFen);
        payment.setCurrency(CURRENCY);
        payment.setRefundedFen(0L);
        payment.setStatus(PaymentStatus.CREATED.name());
        payment.setExpiresAt(expiresAt);
        payment.setCreatedAt(now);
        payment.setUpdatedAt(now);
        return payment;
    }

    /**
     * Refunds part or all of a captured payment (after-sales): at most what was paid less what was already refunded.
     * Called by modules on verified grounds, never from a view or the API directly.
     */
    @Transactional
    @ModuleHook
    public void refund(UUID paymentId, long amountFen, String reason, String refundRef) {
        PaymentPaymentRecord payment =
                payments.lock(paymentId).orElseThrow(() -> new NotFound("error.payment.notFound"));
        settlement.refund(payment, null, amountFen, refundRef, reason, actor());
    }

    /** Refunds part or all of one paid order (at most what that order was paid, less its earlier refunds). */
    @Transactional
    @ModuleHook
    public void refundOrder(UUID orderId, long amountFen, String reason, String refundRef) {
        UUID paymentId = settlementOf(orderId);
        PaymentPaymentRecord payment =
                payments.lock(paymentId).orElseThrow(() -> new NotFound("error.payment.notFound"));
        settlement.refund(payment, orderId, amountFen, refundRef, reason, actor());
    }

    /**
     * Refunds whatever of one paid order has not been refunded yet (nothing when it all was): a cancelled order after
     * a partial after-sales refund gets the rest back, and a re-delivered cancellation refunds nothing twice.
     */
    @Transactional
    @ModuleHook
    public void refundRestOfOrder(UUID orderId, String reason, String refundRef) {
        PaymentPaymentRecord payment =
                payments.lock(settlementOf(orderId)).orElseThrow(() -> new NotFound("error.payment.notFound"));
        long left = settlement.refundableForOrder(payment, orderId);
        if (left > 0) {
            settlement.refund(payment, orderId, left, refundRef, reason, actor());
        }
    }

    /** Whether the order was paid through a payment of ours (not by the development shortcut or before payments). */
    @Transactional(readOnly = true)
    @ModuleHook
    public boolean paidThroughPayments(UUID orderId) {
        return settlement.paymentOf(orderId).isPresent();
    }

    /** What has been refunded of one order so far (0 when it was not paid through a payment of ours). */
    @Transactional(readOnly = true)
    @ModuleHook
    public long refundedForOrder(UUID orderId) {
        return settlement
                .paymentOf(orderId)
                .map(paymentId -> payments.refundedForOrder(paymentId, orderId))
                .orElse(0L);
    }

    private UUID settlementOf(UUID orderId) {
        return settlement.paymentOf(orderId).orElseThrow(() -> new NotFound("error.payment.notFound"));
    }

    private static String actor() {
        return CurrentActor.get().map(a -> "account:" + a.accountId()).orElse("system");
    }
}
