package com.ks.platform.payment;

import com.ks.jooq.tables.records.PaymentPaymentRecord;
import com.ks.platform.payment.NotificationRefused.Verdict;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Provider notifications: verified (signature over timestamp and raw body, age, shape), matched against the payment
 * (provider id, amount, CNY, checkout), and applied under the payment's row lock — so of fifty copies arriving at once
 * one is acted on and the rest are replays. Every notification is recorded raw with its verdict; refusals change
 * nothing else.
 */
@Service
public class NotificationReceiver {

    private final PaymentProviders providers;
    private final PaymentRepository payments;
    private final PaymentSettlement settlement;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NotificationReceiver(
            PaymentProviders providers,
            PaymentRepository payments,
            PaymentSettlement settlement,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.providers = providers;
        this.payments = payments;
        this.settlement = settlement;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public Verdict receive(String providerId, String signature, byte[] body) {
        Optional<PaymentProvider> provider = providers.byId(providerId);
        if (provider.isEmpty()) {
            return refused(providerId, signature, body, Verdict.UNKNOWN_PROVIDER, null);
        }
        PaymentProvider.Notification notification;
        try {
            notification = provider.get().verify(signature, body, clock.instant());
        } catch (NotificationRefused refused) {
            return refused(providerId, signature, body, refused.verdict(), null);
        }
        try {
            return transactions.execute(tx -> apply(providerId, signature, body, notification));
        } catch (DuplicateKeyException concurrentCopy) {
            return refused(providerId, signature, body, Verdict.REPLAYED, notification);
        }
    }

    private Verdict apply(String providerId, String signature, byte[] body, PaymentProvider.Notification n) {
        Optional<PaymentPaymentRecord> locked = payments.lock(n.paymentId());
        if (locked.isEmpty()) {
            payments.recordNotification(providerId, signature, body, Verdict.UNKNOWN_PAYMENT, null, n.eventId());
            return Verdict.UNKNOWN_PAYMENT;
        }
        PaymentPaymentRecord payment = locked.get();
        Verdict verdict;
        if (payments.eventAccepted(providerId, n.eventId())) {
            verdict = Verdict.REPLAYED;
        } else if (!matches(payment, providerId, n)) {
            verdict = Verdict.MISMATCH;
        } else {
            verdict = settlement.apply(payment, n, "provider:" + providerId) ? Verdict.ACCEPTED : Verdict.IGNORED;
        }
        payments.recordNotification(providerId, signature, body, verdict, payment.getId(), n.eventId());
        return verdict;
    }

    private static boolean matches(PaymentPaymentRecord payment, String providerId, PaymentProvider.Notification n) {
        return payment.getProvider().equals(providerId)
                && Objects.equals(payment.getProviderPaymentId(), n.providerPaymentId())
                && payment.getAmountFen() == n.amountFen()
                && PaymentService.CURRENCY.equals(n.currency())
                && payment.getCurrency().equals(n.currency())
                && (n.checkoutId() == null || Objects.equals(payment.getCheckoutId(), n.checkoutId()));
    }

    private Verdict refused(
            String providerId, String signature, byte[] body, Verdict verdict, PaymentProvider.Notification n) {
        transactions.executeWithoutResult(tx -> payments.recordNotification(
                providerId, signature, body, verdict, n == null ? null : n.paymentId(), null));
        return verdict;
    }
}
