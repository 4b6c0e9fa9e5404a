package com.ks.platform.ordering;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Development only ({@code ks.ordering.dev-payment=true}, off in production): lets a shopper mark their own checkout
 * paid without a payment provider, so the order flow can be tried end to end before real payments exist.
 */
@Service
@ConditionalOnProperty(name = "ks.ordering.dev-payment", havingValue = "true")
public class DevPayments {

    private final OrderRepository orders;
    private final OrderPayments payments;

    DevPayments(OrderRepository orders, OrderPayments payments) {
        this.orders = orders;
        this.payments = payments;
    }

    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public void payMyCheckout(UUID checkoutId, PaymentMethod method) {
        UUID accountId = CurrentActor.requireAccountId();
        var checkout = orders.findCheckout(checkoutId)
                .filter(c -> c.getAccountId().equals(accountId))
                .orElseThrow(() -> new NotFound("error.checkout.notFound"));
        long due = payments.amountDue(checkout.getId());
        if (due == 0) {
            throw new RuleViolated("error.checkout.nothingToPay");
        }
        var outcome = payments.checkoutPaid(checkoutId, method, "DEV-" + UUID.randomUUID(), due);
        if (outcome != OrderPayments.Outcome.PAID) {
            throw new RuleViolated("error.checkout.nothingToPay");
        }
    }
}
