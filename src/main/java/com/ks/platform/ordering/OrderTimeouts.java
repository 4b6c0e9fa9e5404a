package com.ks.platform.ordering;

import static com.ks.jooq.Tables.ORDERING_ORDER;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Unpaid orders are cancelled when their payment deadline passes (their stock goes back); delivered orders complete
 * when the shopper has not confirmed within the configured time. One node at a time (ShedLock), one transaction per
 * order, and every move is conditional, so a shopper paying or confirming at the same moment simply wins or loses.
 */
@Component
class OrderTimeouts {

    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(OrderTimeouts.class);

    private final OrderRepository orders;
    private final OrderLifecycle lifecycle;
    private final OrderingSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OrderTimeouts(
            OrderRepository orders,
            OrderLifecycle lifecycle,
            OrderingSettings settings,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${ks.ordering.timeout-check-interval:PT30S}",
            initialDelayString = "${ks.ordering.timeout-check-interval:PT30S}")
    @SchedulerLock(name = "ordering-timeouts", lockAtMostFor = "PT10M")
    void run() {
        Instant now = clock.instant();
        int cancelled = cancelUnpaid(now);
        int completed = completeDelivered(now);
        if (cancelled + completed > 0) {
            log.info(
                    "Order timeouts: {} unpaid order(s) cancelled, {} delivered order(s) completed",
                    cancelled,
                    completed);
        }
    }

    int cancelUnpaid(Instant now) {
        return sweep(
                OrderStatus.PENDING_PAYMENT,
                ORDERING_ORDER.PAY_DEADLINE,
                now,
                OrderStatus.CANCELLED,
                "PAYMENT_TIMEOUT");
    }

    int completeDelivered(Instant now) {
        return sweep(
                OrderStatus.DELIVERED,
                ORDERING_ORDER.DELIVERED_AT,
                now.minus(settings.autoCompleteAfter()),
                OrderStatus.COMPLETED,
                "AUTO_COMPLETED");
    }

    private int sweep(
            OrderStatus from, org.jooq.Field<Instant> deadline, Instant cutoff, OrderStatus to, String reason) {
        int moved = 0;
        while (true) {
            var due = orders.dueIn(from, deadline, cutoff, BATCH);
            int movedNow = 0;
            for (UUID orderId : due) {
                Boolean done = transactions.execute(tx -> orders.find(orderId)
                        .filter(o -> from.name().equals(o.getStatus()))
                        .map(o -> lifecycle.tryMove(o, to, OrderRepository.Actor.SYSTEM, reason))
                        .orElse(false));
                if (Boolean.TRUE.equals(done)) {
                    movedNow++;
                }
            }
            moved += movedNow;
            if (due.size() < BATCH || movedNow == 0) {
                return moved;
            }
        }
    }
}
