package com.ks.platform.ordering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order as its shopper (or merchant) sees it: amounts, address, lines, timeline and shipments. */
public record OrderDetails(
        UUID id,
        String orderNo,
        UUID checkoutId,
        UUID merchantId,
        String storeName,
        OrderStatus status,
        long itemsFen,
        long shippingFen,
        long discountFen,
        long totalFen,
        DeliveryOption delivery,
        PaymentMethod paymentMethod,
        String recipient,
        String mobile,
        String regionText,
        String addressDetail,
        String buyerRemark,
        Instant placedAt,
        Instant payDeadline,
        Instant paidAt,
        List<Line> lines,
        List<Event> timeline,
        List<Shipment> shipments) {

    public record Line(
            UUID id,
            UUID skuId,
            String skuCode,
            UUID productId,
            String title,
            String specText,
            String imageRef,
            long unitPriceFen,
            int quantity,
            int shippedQuantity,
            long payableFen) {

        public int toShip() {
            return Math.max(0, quantity - shippedQuantity);
        }
    }

    /** One transition: who (kind), when, why. */
    public record Event(OrderStatus from, OrderStatus to, String actorKind, String reason, Instant occurredAt) {}

    public record Shipment(UUID id, Carrier carrier, String trackingNo, Instant shippedAt, List<Tracking> tracking) {}

    public record Tracking(TrackingStage stage, String place, Instant occurredAt) {}
}
