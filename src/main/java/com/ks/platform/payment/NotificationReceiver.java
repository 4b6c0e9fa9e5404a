package com.ks.platform.payment;

import com.ks.jooq.tables.records.PaymentPaymentRecord;
import com.ks.platform.payment.NotificationRefused.Verdict;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Provider notifications: verified (signature over timestamp and raw body, age, shape), matched against the payment
 * (provider id, amount, CNY, checkout), and applied under the payment's row lock — so of fifty copies arriving at once
 * one is acted on and the rest are replays. Every verified notification is recorded raw with its verdict, an unverified
 * one only as a summary; refusals change nothing else.
 */
@Service
public class NotificationReceiver {

    private final PaymentProviders providers;
    private final PaymentRepository payments;
    private final PaymentSettlement settlement;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final NotificationGate gate;

    NotificationReceiver(
            PaymentProviders providers,
            PaymentRepository payments,
            PaymentSettlement settlement,
            PlatformTransactionManager transactionManager,
            Clock clock,
            NotificationGate gate) {
        this.gate = gate;
        this.providers = providers;
        this.payments = payments;
        this.settlement = settlement;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** A notification from an unknown source (tests, benchmarks): as from one sender that is never limited. */
    @PreAuthorize("permitAll()")
    public Verdict receive(String providerId, String signature, byte[] body) {
        return receive(providerId, signature, body, null);
    }

    /**
     * Checks, applies and records a provider's notification. One that is not verified as the provider's (unknown
     * provider, bad or stale signature, unreadable) is stored only as a summary — its length and hash, never its
     * body — and counted against its source ({@link NotificationGate}).
     */
    @PreAuthorize("permitAll()")
    public Verdict receive(String providerId, String signature, byte[] body, String source) {
        Optional<PaymentProvider> provider = providers.byId(providerId);
        if (provider.isEmpty()) {
            return unverified(providerId, signature, body, Verdict.UNKNOWN_PROVIDER, source);
        }
        PaymentProvider.Notification notification;
        try {
            notification = provider.get().verify(signature, body, clock.instant());
        } catch (NotificationRefused refused) {
            return unverified(providerId, signature, body, refused.verdict(), source);
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

    private Verdict unverified(String providerId, String signature, byte[] body, Verdict verdict, String source) {
        if (source != null) {
            gate.refused(source);
        }
        transactions.executeWithoutResult(tx ->
                payments.recordNotification(providerId, clip(signature, 100), summary(body), verdict, null, null));
        return verdict;
    }

    /** What is kept of an unverified body: enough to match it against a provider's complaint, nothing an attacker chose. */
    private static byte[] summary(byte[] body) {
        try {
            String hash = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            return ("[unverified body: " + body.length + " bytes, sha256 " + hash + "]")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private Verdict refused(
            String providerId, String signature, byte[] body, Verdict verdict, PaymentProvider.Notification n) {
        transactions.executeWithoutResult(tx -> payments.recordNotification(
                providerId, signature, body, verdict, n == null ? null : n.paymentId(), null));
        return verdict;
    }
}
