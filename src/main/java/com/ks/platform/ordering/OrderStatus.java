package com.ks.platform.ordering;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * An order's life: PENDING_PAYMENT → PAID → SHIPPED → DELIVERED → COMPLETED, or CANCELLED before shipment. Any other
 * move is refused; after-sales states join later.
 */
public enum OrderStatus {
    PENDING_PAYMENT,
    PAID,
    SHIPPED,
    DELIVERED,
    COMPLETED,
    CANCELLED;

    private static final Map<OrderStatus, Set<OrderStatus>> NEXT = Map.of(
            PENDING_PAYMENT, EnumSet.of(PAID, CANCELLED),
            PAID, EnumSet.of(SHIPPED, CANCELLED),
            SHIPPED, EnumSet.of(DELIVERED),
            DELIVERED, EnumSet.of(COMPLETED),
            COMPLETED, EnumSet.noneOf(OrderStatus.class),
            CANCELLED, EnumSet.noneOf(OrderStatus.class));

    public boolean canMoveTo(OrderStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The shopper may still cancel (before anything ships). */
    public boolean cancellable() {
        return canMoveTo(CANCELLED);
    }

    /** Delivered goods may be reviewed by their buyer (评价). */
    public boolean reviewable() {
        return this == DELIVERED || this == COMPLETED;
    }

    public String messageKey() {
        return "order.status." + name();
    }
}
