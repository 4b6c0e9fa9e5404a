package com.ks.platform.ordering;

import java.util.EnumSet;
import java.util.Set;

/** Order list tabs, each a set of statuses; 售后 fills when the after-sales states arrive. */
public enum OrderTab {
    ALL(EnumSet.allOf(OrderStatus.class)),
    TO_PAY(EnumSet.of(OrderStatus.PENDING_PAYMENT)),
    TO_SHIP(EnumSet.of(OrderStatus.PAID)),
    TO_RECEIVE(EnumSet.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED)),
    COMPLETED(EnumSet.of(OrderStatus.COMPLETED)),
    /** 待评价: received orders with a line not yet reviewed. */
    TO_REVIEW(EnumSet.of(OrderStatus.DELIVERED, OrderStatus.COMPLETED)),
    AFTER_SALES(EnumSet.noneOf(OrderStatus.class)),
    CANCELLED(EnumSet.of(OrderStatus.CANCELLED));

    /** The shopper's tabs on 我的订单 (cancelled orders show under 全部). */
    public static final java.util.List<OrderTab> SHOPPER_TABS =
            java.util.List.of(ALL, TO_PAY, TO_SHIP, TO_RECEIVE, TO_REVIEW, COMPLETED, AFTER_SALES);

    /** The merchant's order queue. */
    public static final java.util.List<OrderTab> MERCHANT_TABS =
            java.util.List.of(TO_SHIP, TO_RECEIVE, COMPLETED, CANCELLED, ALL);

    private final Set<OrderStatus> statuses;

    OrderTab(Set<OrderStatus> statuses) {
        this.statuses = statuses;
    }

    public Set<OrderStatus> statuses() {
        return statuses;
    }

    public String messageKey() {
        return "orders.tab." + name();
    }
}
