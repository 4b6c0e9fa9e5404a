package com.ks.platform.payment;

import com.ks.platform.identity.Roles;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.payment.sandbox.SandboxGateway;
import com.ks.platform.shared.RuleViolated;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Demo data: the current shopper pays a checkout in a sandbox, approved at once and settled by asking the provider
 * (the seeder runs before the HTTP port is open), so demo orders carry real payments and ledger entries.
 */
@Service
public class SandboxDemoPayments {

    private final PaymentService payments;
    private final SandboxGateway sandbox;
    private final PaymentReconciliation reconciliation;

    SandboxDemoPayments(PaymentService payments, SandboxGateway sandbox, PaymentReconciliation reconciliation) {
        this.payments = payments;
        this.sandbox = sandbox;
        this.reconciliation = reconciliation;
    }

    @PreAuthorize(Roles.IS_SHOPPER)
    public void pay(UUID checkoutId, PaymentMethod method) {
        PaymentDetails payment = payments.start(checkoutId, method);
        if (!payment.sandbox()) {
            throw new RuleViolated("error.payment.noProvider");
        }
        sandbox.approveWithoutNotifying(payment.hostedPageUrl().substring("sandbox-pay/".length()));
        reconciliation.reconcile(payment.id());
    }
}
