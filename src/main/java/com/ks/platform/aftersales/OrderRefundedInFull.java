package com.ks.platform.aftersales;

import java.util.UUID;

/**
 * Every fen the shopper paid for the order has come back through after-sales refunds (one case or several, on its
 * lines or by an upheld complaint): modules above give back what the order used, such as its coupons. A partial refund
 * publishes nothing; an order cancelled before it was refunded is told by ordering's {@code OrderCancelled} instead.
 */
public record OrderRefundedInFull(UUID orderId, UUID accountId) {}
