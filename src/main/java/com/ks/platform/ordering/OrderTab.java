package com.ks.platform.ordering;

import java.util.EnumSet;
import java.util.Set;

/** The tabs of 我的订单, each a set of statuses; 售后 fills when the after-sales states arrive. */
public enum OrderTab {
    ALL(EnumSet.allOf(OrderStatus.class)),
    TO_PAY(EnumSet.of(OrderStatus.PENDING_PAYMENT)),
    TO_SHIP(EnumSet.of(OrderStatus.PAID)),
    TO_RECEIVE(EnumSet.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED)),
    COMPLETED(EnumSet.of(OrderStatus.COMPLETED)),
    AFTER_SALES(EnumSet.noneOf(OrderStatus.class));

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
