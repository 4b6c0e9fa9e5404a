package com.ks.platform.payment;

import com.ks.jooq.tables.records.PaymentPaymentRecord;
import com.ks.platform.identity.Roles;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.NotFound;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The shopper's own payments; another person's payment answers NotFound. */
@Service
public class PaymentQueries {

    private final PaymentRepository payments;
    private final PaymentProviders providers;
    private final PaymentSettlement settlement;

    PaymentQueries(PaymentRepository payments, PaymentProviders providers, PaymentSettlement settlement) {
        this.payments = payments;
        this.providers = providers;
        this.settlement = settlement;
    }

    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional(readOnly = true)
    public PaymentDetails myPayment(UUID paymentId) {
        UUID me = CurrentActor.requireAccountId();
        return payments.find(paymentId)
                .filter(p -> p.getAccountId().equals(me))
                .map(p -> details(p, providers))
                .orElseThrow(() -> new NotFound("error.payment.notFound"));
    }

    /**
     * How an order was paid and what of it was refunded, for the agent answering its buyer (customer-service
     * context, read-only); empty when the order was not paid through a payment of ours.
     */
    @PreAuthorize(Roles.IS_CS_AGENT)
    @Transactional(readOnly = true)
    public Optional<OrderPayment> ofOrder(UUID orderId) {
        return settlement
                .paymentOf(orderId)
                .flatMap(payments::find)
                .map(p -> new OrderPayment(details(p, providers), payments.refundedForOrder(p.getId(), orderId)));
    }

    /** One order's payment (shared by the orders of its checkout) and the amount refunded of this order. */
    public record OrderPayment(PaymentDetails payment, long refundedFen) {}

    /** Whether the built-in sandbox stands in for this method (the pages then say so). */
    @PreAuthorize("permitAll()")
    public boolean sandbox(PaymentMethod method) {
        return providers.sandbox(method);
    }

    static PaymentDetails details(PaymentPaymentRecord p, PaymentProviders providers) {
        PaymentMethod method = PaymentMethod.valueOf(p.getMethod());
        return new PaymentDetails(
                p.getId(),
                p.getCheckoutId(),
                method,
                p.getAmountFen(),
                p.getCurrency(),
                PaymentStatus.valueOf(p.getStatus()),
                p.getRefundedFen(),
                p.getHostedPageUrl(),
                p.getExpiresAt(),
                method.external()
                        && providers
                                .byId(p.getProvider())
                                .map(PaymentProvider::sandbox)
                                .orElse(true));
    }
}
