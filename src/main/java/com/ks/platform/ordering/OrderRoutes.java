package com.ks.platform.ordering;

import java.util.UUID;

/** The shopper's order pages, for other modules' links (notices, payment results) without string literals. */
public final class OrderRoutes {

    public static final String ORDERS = "orders";

    private OrderRoutes() {}

    public static String order(UUID orderId) {
        return ORDERS + "/" + orderId;
    }
}
