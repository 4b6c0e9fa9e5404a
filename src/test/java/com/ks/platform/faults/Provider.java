package com.ks.platform.faults;

import com.ks.platform.payment.NotificationSignature;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The sandbox Alipay as the real provider behaves: the shopper approves at its side (its own charge row), then it
 * sends a signed notification and resends it — the same event, signed afresh — until the platform acknowledges it
 * (2xx, or 409 for one it already has). Either it approves and notifies as soon as a payment opens, or it holds the
 * payments back for a burst ({@link #hold}).
 */
final class Provider {

    interface Database {
        Connection connect() throws SQLException;
    }

    private final Answers answers;
    private final Database database;
    private final byte[] secret;
    private final String baseUrl;
    private volatile boolean holding;

    final List<LoadClients.Paying> opened = new CopyOnWriteArrayList<>();
    private final List<LoadClients.Paying> held = new CopyOnWriteArrayList<>();
    /** Approved charges and the notification body the provider (re)sends for each. */
    private final Map<UUID, byte[]> notifications = new ConcurrentHashMap<>();

    private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    private final ExecutorService senders = Executors.newFixedThreadPool(4);

    Provider(Answers answers, Database database, String secret, String baseUrl) {
        this.answers = answers;
        this.database = database;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.baseUrl = baseUrl;
    }

    void hold(boolean hold) {
        this.holding = hold;
    }

    void opened(LoadClients.Paying paying) {
        opened.add(paying);
        if (holding) {
            held.add(paying);
        } else {
            senders.submit(() -> approveAndNotify(paying));
        }
    }

    /** Takes the payments held back so far; approves each and sends the notifications on {@code threads} at once. */
    List<Future<?>> burst(int threads, ExecutorService pool) {
        List<LoadClients.Paying> batch = new ArrayList<>(held);
        held.removeAll(batch);
        List<Future<?>> sent = new ArrayList<>();
        for (LoadClients.Paying paying : batch) {
            sent.add(pool.submit(() -> approveAndNotify(paying)));
        }
        return sent;
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    int approvedCount() {
        return notifications.size();
    }

    Set<UUID> approved() {
        return notifications.keySet();
    }

    private void approveAndNotify(LoadClients.Paying paying) {
        try {
            notifications.computeIfAbsent(paying.paymentId(), id -> approve(paying));
            if (!acknowledged.contains(paying.paymentId())) {
                send(paying.paymentId());
            }
        } catch (RuntimeException failure) {
            // the platform or the provider's database was away: resent by resendUnacknowledged()
        }
    }

    /** The shopper confirmed in the wallet: the charge succeeds at the provider, with its transaction id. */
    private byte[] approve(LoadClients.Paying paying) {
        String transaction = "alipay_fault_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = database.connect();
                PreparedStatement update = c.prepareStatement(
                        "update payment_sandbox_charge set status = 'SUCCEEDED', transaction_id = ?, updated_at = now()"
                                + " where id = ? and status = 'PENDING'")) {
            update.setString(1, transaction);
            update.setString(2, paying.chargeId());
            update.executeUpdate();
            try (PreparedStatement read = c.prepareStatement(
                    "select transaction_id, amount_fen, currency from payment_sandbox_charge where id = ?")) {
                read.setString(1, paying.chargeId());
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    return """
                            {"eventId":"evt_fault_%s","providerPaymentId":"%s","merchantRef":"%s","checkoutId":"%s",\
                            "transactionId":"%s","outcome":"SUCCEEDED","amountFen":%d,"currency":"%s"}""".formatted(
                                    paying.chargeId(),
                                    paying.chargeId(),
                                    paying.paymentId(),
                                    paying.checkoutId(),
                                    row.getString(1),
                                    row.getLong(2),
                                    row.getString(3))
                            .getBytes(StandardCharsets.UTF_8);
                }
            }
        } catch (SQLException away) {
            throw new IllegalStateException(away);
        }
    }

    /** One delivery attempt of the payment's notification, signed now; true when the platform acknowledged it. */
    private boolean send(UUID paymentId) {
        byte[] body = notifications.get(paymentId);
        String signature = NotificationSignature.sign(secret, Instant.now().getEpochSecond(), body);
        Answers.Answer answer = answers.send(
                "POST",
                baseUrl + "/api/v1/payments/notify/alipay",
                null,
                new String(body, StandardCharsets.UTF_8),
                Map.of(NotificationSignature.HEADER, signature));
        boolean delivered = answer.ok() || answer.status() == 409;
        if (delivered) {
            acknowledged.add(paymentId);
        }
        return delivered;
    }

    /**
     * Resends until every approved payment's notification is acknowledged — and, with {@code everything}, once more
     * those already acknowledged, as a provider does that never saw the acknowledgement. Approves what could not be.
     */
    void resend(boolean everything, long withinMillis) throws InterruptedException {
        for (LoadClients.Paying paying : opened) {
            if (!held.contains(paying)) {
                approveAndNotify(paying); // one that died before its first delivery (idempotent if it was delivered)
            }
        }
        if (everything) {
            notifications.keySet().forEach(this::send);
        }
        long deadline = System.currentTimeMillis() + withinMillis;
        while (System.currentTimeMillis() < deadline) {
            List<UUID> pending = notifications.keySet().stream()
                    .filter(id -> !acknowledged.contains(id))
                    .toList();
            if (pending.isEmpty()) {
                return;
            }
            pending.forEach(this::send);
            Thread.sleep(500);
        }
        throw new IllegalStateException("Notifications never acknowledged: "
                + notifications.keySet().stream()
                        .filter(id -> !acknowledged.contains(id))
                        .toList());
    }

    void close() {
        senders.shutdownNow();
    }
}
