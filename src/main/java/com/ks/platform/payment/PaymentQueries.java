package com.ks.platform.payment;

import com.ks.jooq.tables.records.PaymentPaymentRecord;
import com.ks.platform.identity.Roles;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.NotFound;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The shopper's own payments; another person's payment answers NotFound. */
@Service
public class PaymentQueries {

    private final PaymentRepository payments;
    private final PaymentProviders providers;

    PaymentQueries(PaymentRepository payments, PaymentProviders providers) {
        this.payments = payments;
        this.providers = providers;
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

    /** Whether the built-in sandbox stands in for this method (the pages then say so). */
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
