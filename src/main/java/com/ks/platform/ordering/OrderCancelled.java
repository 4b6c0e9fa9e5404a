package com.ks.platform.ordering;

import java.util.UUID;

/** An order was cancelled; {@code wasPaid} tells the payment module to refund {@code totalFen}. */
public record OrderCancelled(UUID orderId, UUID checkoutId, boolean wasPaid, long totalFen, String paymentRef) {}
