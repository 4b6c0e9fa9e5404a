package com.ks.platform.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The order's state machine itself (no database): every other move is refused by {@link OrderLifecycle}. */
class OrderStatusTest {

    @Test
    void only_the_moves_of_the_order_life_are_allowed() {
        assertThat(EnumSet.allOf(OrderStatus.class))
                .allSatisfy(from -> assertThat(EnumSet.allOf(OrderStatus.class).stream()
                                .filter(from::canMoveTo)
                                .toList())
                        .as("moves from %s", from)
                        .containsExactlyElementsOf(
                                switch (from) {
                                    case PENDING_PAYMENT -> EnumSet.of(OrderStatus.PAID, OrderStatus.CANCELLED);
                                    case PAID -> EnumSet.of(OrderStatus.SHIPPED, OrderStatus.CANCELLED);
                                    case SHIPPED -> EnumSet.of(OrderStatus.DELIVERED);
                                    case DELIVERED -> EnumSet.of(OrderStatus.COMPLETED);
                                    case COMPLETED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
                                }));
    }

    @Test
    void only_orders_not_yet_shipped_are_cancellable() {
        assertThat(EnumSet.allOf(OrderStatus.class).stream()
                        .filter(OrderStatus::cancellable)
                        .toList())
                .containsExactly(OrderStatus.PENDING_PAYMENT, OrderStatus.PAID);
    }
}
