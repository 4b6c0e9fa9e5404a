package com.ks.platform.payment.sandbox;

import static com.ks.jooq.Tables.PAYMENT_SANDBOX_CHARGE;

import com.ks.jooq.tables.records.PaymentSandboxChargeRecord;
import com.ks.platform.payment.NotificationRefused;
import com.ks.platform.payment.NotificationSignature;
import com.ks.platform.payment.PaymentProvider;
import com.ks.platform.payment.PaymentProvider.Outcome;
import com.ks.platform.payment.PaymentSettings;
import com.ks.platform.shared.ModuleHook;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "servers" of the built-in sandbox providers: charges behind their hosted pages, approval, decline, card
 * tokenisation (only a random token and the last four digits are kept), queries, refunds and signed notifications.
 * Nothing here moves money; the pages say so.
 */
@Service
public class SandboxGateway {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DSLContext db;
    private final Clock clock;
    private final SandboxSecrets secrets;
    private final SandboxNotifier notifier;
    private final PaymentSettings settings;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    SandboxGateway(
            DSLContext db,
            Clock clock,
            SandboxSecrets secrets,
            SandboxNotifier notifier,
            PaymentSettings settings,
            JsonMapper json,
            PlatformTransactionManager transactionManager) {
        this.db = db;
        this.clock = clock;
        this.secrets = secrets;
        this.notifier = notifier;
        this.settings = settings;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The body a sandbox notification carries (JSON). */
    record Message(
            String eventId,
            String providerPaymentId,
            UUID merchantRef,
            UUID checkoutId,
            String transactionId,
            Outcome outcome,
            Long amountFen,
            String currency) {}

    /** A notification as it goes over the wire. */
    public record Signed(String signature, byte[] body) {

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    PaymentProvider.Opened open(String provider, PaymentProvider.NewCharge charge) {
        String id = token("sbx_");
        Instant now = clock.instant();
        db.insertInto(PAYMENT_SANDBOX_CHARGE)
                .set(PAYMENT_SANDBOX_CHARGE.ID, id)
                .set(PAYMENT_SANDBOX_CHARGE.PROVIDER, provider)
                .set(PAYMENT_SANDBOX_CHARGE.MERCHANT_REF, charge.paymentId())
                .set(PAYMENT_SANDBOX_CHARGE.CHECKOUT_ID, charge.checkoutId())
                .set(PAYMENT_SANDBOX_CHARGE.AMOUNT_FEN, charge.amountFen())
                .set(PAYMENT_SANDBOX_CHARGE.CURRENCY, charge.currency())
                .set(PAYMENT_SANDBOX_CHARGE.STATUS, Outcome.PENDING.name())
                .set(PAYMENT_SANDBOX_CHARGE.EXPIRES_AT, charge.expiresAt())
                .set(PAYMENT_SANDBOX_CHARGE.CREATED_AT, now)
                .set(PAYMENT_SANDBOX_CHARGE.UPDATED_AT, now)
                .execute();
        return new PaymentProvider.Opened(id, "sandbox-pay/" + id);
    }

    /** The charge behind a hosted page; only someone holding its random id can see it. */
    @PreAuthorize("permitAll()")
    public Optional<SandboxCharge> charge(String id) {
        return find(id).map(this::view);
    }

    /** 确认支付 on a QR page (the shopper "scanned and confirmed" in their wallet app). */
    @PreAuthorize("permitAll()")
    public void approve(String chargeId) {
        settle(chargeId, Outcome.SUCCEEDED, Map.of());
    }

    @PreAuthorize("permitAll()")
    public void decline(String chargeId) {
        settle(chargeId, Outcome.FAILED, Map.of());
    }

    /** Approves as {@link #approve} but the notification is lost on the way (what reconciliation is for). */
    @ModuleHook
    public void approveWithoutNotifying(String chargeId) {
        record(chargeId, Outcome.SUCCEEDED, Map.of());
    }

    /**
     * The card page: the number, expiry and CVV are checked here and never leave the sandbox — only a random token
     * and the last four digits are kept. Errors name the field.
     */
    @PreAuthorize("permitAll()")
    public void payByCard(String chargeId, String number, String expiry, String cvv) {
        CardCheck.Card card = CardCheck.check(number, expiry, cvv, clock);
        settle(
                chargeId,
                Outcome.SUCCEEDED,
                Map.of(PAYMENT_SANDBOX_CHARGE.CARD_TOKEN.getName(), token("tok_"), "last4", card.last4()));
    }

    @PreAuthorize("permitAll()")
    public void payByPaypal(String chargeId, String email) {
        if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
            throw new RuleViolated(Map.of("email", "payment.sandbox.paypal.invalidEmail"));
        }
        settle(chargeId, Outcome.SUCCEEDED, Map.of("email", email.strip()));
    }

    private void settle(String chargeId, Outcome outcome, Map<String, String> extra) {
        PaymentSandboxChargeRecord charge = record(chargeId, outcome, extra);
        Signed signed = notification(charge, "evt_" + token(""), clock.instant());
        notifier.sendLater(charge.getProvider(), signed.signature(), signed.body());
    }

    private PaymentSandboxChargeRecord record(String chargeId, Outcome outcome, Map<String, String> extra) {
        return transactions.execute(tx -> {
            PaymentSandboxChargeRecord row = db.selectFrom(PAYMENT_SANDBOX_CHARGE)
                    .where(PAYMENT_SANDBOX_CHARGE.ID.eq(chargeId))
                    .forUpdate()
                    .fetchOptional()
                    .orElseThrow(() -> new NotFound("payment.sandbox.notFound"));
            if (!Outcome.PENDING.name().equals(row.getStatus())) {
                throw new RuleViolated("payment.sandbox.closed");
            }
            if (clock.instant().isAfter(row.getExpiresAt())) {
                row.setStatus(Outcome.EXPIRED.name());
                row.setUpdatedAt(clock.instant());
                row.store();
                throw new RuleViolated("payment.sandbox.expired");
            }
            row.setStatus(outcome.name());
            row.setTransactionId(outcome == Outcome.SUCCEEDED ? token(row.getProvider() + "_") : null);
            row.setCardToken(extra.get(PAYMENT_SANDBOX_CHARGE.CARD_TOKEN.getName()));
            row.setCardLast4(extra.get("last4"));
            row.setPayerEmail(extra.get("email"));
            row.setUpdatedAt(clock.instant());
            row.store();
            return row;
        });
    }

    /** A signed notification of the charge's present state, as of {@code at} (tests send old or altered ones). */
    @ModuleHook
    public Signed notificationOf(String chargeId, Instant at) {
        PaymentSandboxChargeRecord charge = find(chargeId).orElseThrow(() -> new NotFound("payment.sandbox.notFound"));
        return notification(charge, "evt_" + token(""), at);
    }

    /** Signs any body as the provider would (tests use it for malformed or mismatching notifications). */
    @ModuleHook
    public String sign(String provider, byte[] body, Instant at) {
        return NotificationSignature.sign(secrets.of(provider), at.getEpochSecond(), body);
    }

    private Signed notification(PaymentSandboxChargeRecord charge, String eventId, Instant at) {
        byte[] body = json.writeValueAsBytes(new Message(
                eventId,
                charge.getId(),
                charge.getMerchantRef(),
                charge.getCheckoutId(),
                charge.getTransactionId(),
                Outcome.valueOf(charge.getStatus()),
                charge.getAmountFen(),
                charge.getCurrency()));
        return new Signed(sign(charge.getProvider(), body, at), body);
    }

    PaymentProvider.Notification verify(String provider, String signature, byte[] body, Instant now) {
        NotificationSignature.verify(secrets.of(provider), signature, body, now, settings.notificationTolerance());
        Message message;
        try {
            message = json.readValue(body, Message.class);
        } catch (JacksonException | IllegalArgumentException unreadable) {
            throw new NotificationRefused(NotificationRefused.Verdict.MALFORMED, "not a notification");
        }
        if (message == null
                || message.eventId() == null
                || message.providerPaymentId() == null
                || message.merchantRef() == null
                || message.outcome() == null
                || message.amountFen() == null
                || message.currency() == null) {
            throw new NotificationRefused(NotificationRefused.Verdict.MALFORMED, "fields missing");
        }
        return new PaymentProvider.Notification(
                message.eventId(),
                message.providerPaymentId(),
                message.merchantRef(),
                message.checkoutId(),
                message.transactionId(),
                message.outcome(),
                message.amountFen(),
                message.currency());
    }

    PaymentProvider.Notification query(String chargeId) {
        PaymentSandboxChargeRecord charge = find(chargeId).orElseThrow(() -> new NotFound("payment.sandbox.notFound"));
        Outcome outcome = Outcome.valueOf(charge.getStatus());
        if (outcome == Outcome.PENDING && clock.instant().isAfter(charge.getExpiresAt())) {
            outcome = Outcome.EXPIRED;
        }
        return new PaymentProvider.Notification(
                "query_" + token(""),
                charge.getId(),
                charge.getMerchantRef(),
                charge.getCheckoutId(),
                charge.getTransactionId(),
                outcome,
                charge.getAmountFen(),
                charge.getCurrency());
    }

    String refund(String chargeId, long amountFen) {
        int updated = db.update(PAYMENT_SANDBOX_CHARGE)
                .set(PAYMENT_SANDBOX_CHARGE.REFUNDED_FEN, PAYMENT_SANDBOX_CHARGE.REFUNDED_FEN.plus(amountFen))
                .set(PAYMENT_SANDBOX_CHARGE.UPDATED_AT, clock.instant())
                .where(PAYMENT_SANDBOX_CHARGE.ID.eq(chargeId))
                .and(PAYMENT_SANDBOX_CHARGE.STATUS.eq(Outcome.SUCCEEDED.name()))
                .and(PAYMENT_SANDBOX_CHARGE.REFUNDED_FEN.plus(amountFen).le(PAYMENT_SANDBOX_CHARGE.AMOUNT_FEN))
                .execute();
        if (updated != 1 || amountFen <= 0) {
            throw new RuleViolated("error.payment.refundRefused");
        }
        return token("rf_");
    }

    private Optional<PaymentSandboxChargeRecord> find(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        return db.selectFrom(PAYMENT_SANDBOX_CHARGE)
                .where(PAYMENT_SANDBOX_CHARGE.ID.eq(id))
                .fetchOptional();
    }

    private SandboxCharge view(PaymentSandboxChargeRecord row) {
        String status = row.getStatus();
        if (Outcome.PENDING.name().equals(status) && clock.instant().isAfter(row.getExpiresAt())) {
            status = Outcome.EXPIRED.name();
        }
        return new SandboxCharge(
                row.getId(),
                row.getProvider(),
                SandboxProvider.methodOf(row.getProvider()),
                row.getMerchantRef(),
                row.getCheckoutId(),
                row.getAmountFen(),
                row.getCurrency(),
                status,
                row.getExpiresAt(),
                row.getCardLast4());
    }

    /** 144 random bits in URL-safe Base64: unguessable, and (mostly letters) never mistaken for a card number. */
    static String token(String prefix) {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
