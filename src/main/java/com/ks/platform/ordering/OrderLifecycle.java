package com.ks.platform.ordering;

import static com.ks.jooq.Tables.ORDERING_ORDER;

import com.ks.jooq.tables.records.OrderingOrderRecord;
import com.ks.platform.catalog.StockReservations;
import com.ks.platform.notification.NoticeLink;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place an order changes status: the move must be allowed by {@link OrderStatus}, wins only if the order is
 * still where the caller saw it (a concurrent move makes it lose, not overwrite), and is written to the order's
 * timeline with actor, time and reason. A cancellation gives the reserved stock back in the same transaction; a
 * cancellation and a completion are published as events (refunds, coupons and points follow them).
 */
@Component
class OrderLifecycle {

    private final OrderRepository orders;
    private final StockReservations stock;
    private final ApplicationEventPublisher events;
    private final NotificationService notifications;
    private final Clock clock;

    OrderLifecycle(
            OrderRepository orders,
            StockReservations stock,
            ApplicationEventPublisher events,
            NotificationService notifications,
            Clock clock) {
        this.orders = orders;
        this.stock = stock;
        this.events = events;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Moves the order or throws; returns the time of the move. */
    @Transactional(propagation = Propagation.MANDATORY)
    Instant move(OrderingOrderRecord order, OrderStatus to, OrderRepository.Actor actor, String reason) {
        if (!tryMove(order, to, actor, reason)) {
            throw new RuleViolated("error.order.stateChanged");
        }
        return order.getUpdatedAt();
    }

    /** Moves the order if it is still in its recorded status and the move is allowed; false otherwise. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean tryMove(OrderingOrderRecord order, OrderStatus to, OrderRepository.Actor actor, String reason) {
        OrderStatus from = OrderStatus.valueOf(order.getStatus());
        if (!from.canMoveTo(to)) {
            throw new RuleViolated("error.order.illegalTransition", from.name(), to.name());
        }
        Instant now = clock.instant();
        if (!orders.move(order.getId(), from, to, timestampOf(to), now)) {
            return false;
        }
        orders.insertEvent(order.getId(), from, to, actor, reason, now);
        order.setStatus(to.name());
        order.setUpdatedAt(now);
        tellShopper(order, to, actor);
        if (to == OrderStatus.CANCELLED) {
            Map<java.util.UUID, Integer> reserved = orders.reservedQuantities(order.getId());
            stock.release(reserved);
            events.publishEvent(new OrderCancelled(
                    order.getId(),
                    order.getCheckoutId(),
                    from != OrderStatus.PENDING_PAYMENT,
                    order.getTotalFen(),
                    order.getPaymentRef()));
        }
        if (to == OrderStatus.COMPLETED) {
            events.publishEvent(new OrderCompleted(order.getId(), order.getAccountId(), order.getTotalFen(), now));
        }
        return true;
    }

    /**
     * The shopper hears of the parcel leaving and arriving (in the same transaction as the move); not of a delivery
     * they confirmed themselves.
     */
    private void tellShopper(OrderingOrderRecord order, OrderStatus to, OrderRepository.Actor actor) {
        boolean news = to == OrderStatus.SHIPPED || (to == OrderStatus.DELIVERED && actor.accountId() == null);
        if (news) {
            notifications.send(
                    order.getAccountId(),
                    new NoticeLink(OrderRoutes.order(order.getId())),
                    "notice.order." + to.name(),
                    order.getOrderNo(),
                    order.getStoreName());
        }
    }

    private static org.jooq.TableField<OrderingOrderRecord, Instant> timestampOf(OrderStatus status) {
        return switch (status) {
            case PAID -> ORDERING_ORDER.PAID_AT;
            case SHIPPED -> ORDERING_ORDER.SHIPPED_AT;
            case DELIVERED -> ORDERING_ORDER.DELIVERED_AT;
            case COMPLETED -> ORDERING_ORDER.COMPLETED_AT;
            case CANCELLED -> ORDERING_ORDER.CANCELLED_AT;
            case PENDING_PAYMENT -> null;
        };
    }
}
