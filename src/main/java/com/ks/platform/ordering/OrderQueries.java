package com.ks.platform.ordering;

import static com.ks.jooq.Tables.ORDERING_ORDER;

import com.ks.jooq.tables.records.OrderingOrderLineRecord;
import com.ks.jooq.tables.records.OrderingOrderRecord;
import com.ks.jooq.tables.records.OrderingShipmentRecord;
import com.ks.jooq.tables.records.OrderingTrackingEventRecord;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantAccess;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.PersonalDataMasks;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Orders as their shopper and their merchant see them; another owner's order is not found. Lists are paged. */
@Service
@Transactional(readOnly = true)
public class OrderQueries {

    public static final int MAX_PAGE = 100;
    private static final int PREVIEW_LINES = 3;

    private final OrderRepository orders;
    private final ShipmentRepository shipments;
    private final MerchantAccess merchants;
    private final AuditTrail audit;

    OrderQueries(OrderRepository orders, ShipmentRepository shipments, MerchantAccess merchants, AuditTrail audit) {
        this.orders = orders;
        this.shipments = shipments;
        this.merchants = merchants;
        this.audit = audit;
    }

    @PreAuthorize(Roles.IS_SHOPPER)
    public List<OrderSummary> myOrders(OrderTab tab, int offset, int limit) {
        return summaries(orders.pageOfTab(
                ORDERING_ORDER.ACCOUNT_ID, CurrentActor.requireAccountId(), tab, from(offset), checked(limit)));
    }

    /** A person's latest orders, newest first, for the agent answering them (customer-service context, read-only). */
    @PreAuthorize(Roles.IS_CS_AGENT)
    public List<OrderSummary> ordersOfAccount(UUID accountId, int limit) {
        return summaries(orders.page(ORDERING_ORDER.ACCOUNT_ID, accountId, OrderTab.ALL.statuses(), 0, checked(limit)));
    }

    @PreAuthorize(Roles.IS_SHOPPER)
    public int countMine(OrderTab tab) {
        return orders.countOfTab(ORDERING_ORDER.ACCOUNT_ID, CurrentActor.requireAccountId(), tab);
    }

    @PreAuthorize(Roles.IS_SHOPPER)
    public OrderDetails myOrder(UUID orderId) {
        return details(orders.findOfAccount(orderId, CurrentActor.requireAccountId())
                .orElseThrow(() -> new NotFound("error.order.notFound")));
    }

    /** The shopper's checkout for the payment page; another shopper's checkout is not found. */
    @PreAuthorize(Roles.IS_SHOPPER)
    public CheckoutSummary myCheckout(UUID checkoutId) {
        UUID accountId = CurrentActor.requireAccountId();
        var checkout = orders.findCheckout(checkoutId)
                .filter(c -> c.getAccountId().equals(accountId))
                .orElseThrow(() -> new NotFound("error.checkout.notFound"));
        List<OrderingOrderRecord> group = orders.ofCheckout(checkoutId);
        var pending = group.stream()
                .filter(o -> OrderStatus.PENDING_PAYMENT.name().equals(o.getStatus()))
                .toList();
        Instant deadline = pending.stream()
                .map(OrderingOrderRecord::getPayDeadline)
                .min(Comparator.naturalOrder())
                .orElse(null);
        return new CheckoutSummary(
                checkoutId,
                summaries(group),
                pending.stream().mapToLong(OrderingOrderRecord::getTotalFen).sum(),
                deadline,
                Optional.ofNullable(checkout.getPaymentMethod())
                        .map(PaymentMethod::valueOf)
                        .orElse(null));
    }

    /** Whether the shopper has paid for an order before: a returning shopper gets one-click buy. */
    @PreAuthorize(Roles.IS_SHOPPER)
    public boolean hasPaidOrder() {
        return orders.hasPaidOrder(CurrentActor.requireAccountId());
    }

    @PreAuthorize(Roles.IS_MERCHANT)
    public List<OrderSummary> merchantOrders(OrderTab tab, int offset, int limit) {
        return merchantOrders(tab, null, offset, limit);
    }

    /** The merchant's queue, optionally narrowed to order numbers starting with what was typed. */
    @PreAuthorize(Roles.IS_MERCHANT)
    public List<OrderSummary> merchantOrders(OrderTab tab, String orderNoPrefix, int offset, int limit) {
        return summaries(orders.page(
                ORDERING_ORDER.MERCHANT_ID,
                myMerchantId(),
                tab.statuses(),
                orderNoPrefix,
                from(offset),
                checked(limit)));
    }

    @PreAuthorize(Roles.IS_MERCHANT)
    public int countMerchantOrders(OrderTab tab) {
        return countMerchantOrders(tab, null);
    }

    @PreAuthorize(Roles.IS_MERCHANT)
    public int countMerchantOrders(OrderTab tab, String orderNoPrefix) {
        return orders.count(ORDERING_ORDER.MERCHANT_ID, myMerchantId(), tab.statuses(), orderNoPrefix);
    }

    /** Any order, for the agent answering a question about it (customer-service context, read-only). */
    @PreAuthorize(Roles.IS_CS_AGENT)
    public OrderDetails orderForAgent(UUID orderId) {
        return details(orders.find(orderId).orElseThrow(() -> new NotFound("error.order.notFound")));
    }

    @PreAuthorize(Roles.IS_MERCHANT)
    public OrderDetails merchantOrder(UUID orderId) {
        return details(
                orders.findOfMerchant(orderId, myMerchantId()).orElseThrow(() -> new NotFound("error.order.notFound")));
    }

    /**
     * The whole recipient, mobile and address of the merchant's own order once it no longer waits for shipment (before
     * that the merchant sees them to ship; afterwards masked): with a reason, audited (PIPL art. 51).
     */
    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional
    public OrderDetails revealMerchantOrderContact(UUID orderId, String reason) {
        String why = PersonalDataMasks.revealReason(reason);
        OrderDetails order = merchantOrder(orderId);
        audit.record(PersonalDataMasks.REVEAL_ACTION, "order", orderId.toString(), why, "recipient, mobile, address");
        return order;
    }

    private UUID myMerchantId() {
        return merchants.require(StaffPermission.ORDERS).id();
    }

    private static int from(int offset) {
        return Math.max(0, offset);
    }

    private static int checked(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }

    private List<OrderSummary> summaries(List<OrderingOrderRecord> page) {
        List<UUID> ids = page.stream().map(OrderingOrderRecord::getId).toList();
        Map<UUID, List<OrderingOrderLineRecord>> lines =
                orders.lines(ids).stream().collect(Collectors.groupingBy(OrderingOrderLineRecord::getOrderId));
        Map<UUID, OrderingTrackingEventRecord> latest = shipments.latestTracking(ids);
        return page.stream()
                .map(o -> {
                    List<OrderingOrderLineRecord> own = lines.getOrDefault(o.getId(), List.of());
                    return new OrderSummary(
                            o.getId(),
                            o.getOrderNo(),
                            o.getCheckoutId(),
                            o.getMerchantId(),
                            o.getStoreName(),
                            OrderStatus.valueOf(o.getStatus()),
                            o.getTotalFen(),
                            own.stream()
                                    .mapToInt(OrderingOrderLineRecord::getQuantity)
                                    .sum(),
                            o.getPlacedAt(),
                            o.getPayDeadline(),
                            own.stream()
                                    .limit(PREVIEW_LINES)
                                    .map(l -> new OrderSummary.LinePreview(
                                            l.getProductId(),
                                            l.getTitle(),
                                            l.getSpecText(),
                                            l.getImageRef(),
                                            l.getQuantity()))
                                    .toList(),
                            Optional.ofNullable(latest.get(o.getId()))
                                    .map(OrderQueries::tracking)
                                    .orElse(null));
                })
                .toList();
    }

    private static OrderDetails.Tracking tracking(OrderingTrackingEventRecord event) {
        return new OrderDetails.Tracking(
                TrackingStage.valueOf(event.getStage()), event.getPlace(), event.getOccurredAt());
    }

    private OrderDetails details(OrderingOrderRecord o) {
        Map<UUID, Integer> shipped = shipments.shippedQuantities(o.getId());
        List<OrderDetails.Line> lines = orders.lines(List.of(o.getId())).stream()
                .map(l -> new OrderDetails.Line(
                        l.getId(),
                        l.getSkuId(),
                        l.getSkuCode(),
                        l.getProductId(),
                        l.getTitle(),
                        l.getSpecText(),
                        l.getImageRef(),
                        l.getUnitPriceFen(),
                        l.getQuantity(),
                        shipped.getOrDefault(l.getId(), 0),
                        l.getPayableFen()))
                .toList();
        List<OrderDetails.Event> timeline = orders.events(o.getId()).stream()
                .map(e -> new OrderDetails.Event(
                        e.getFromStatus() == null ? null : OrderStatus.valueOf(e.getFromStatus()),
                        OrderStatus.valueOf(e.getToStatus()),
                        e.getActorKind(),
                        e.getReason(),
                        e.getOccurredAt()))
                .toList();
        List<OrderingShipmentRecord> parcels = shipments.ofOrder(o.getId());
        Map<UUID, List<OrderingTrackingEventRecord>> tracking =
                shipments
                        .tracking(parcels.stream()
                                .map(OrderingShipmentRecord::getId)
                                .toList())
                        .stream()
                        .collect(Collectors.groupingBy(OrderingTrackingEventRecord::getShipmentId));
        List<OrderDetails.Shipment> shipmentList = parcels.stream()
                .map(s -> new OrderDetails.Shipment(
                        s.getId(),
                        Carrier.valueOf(s.getCarrier()),
                        s.getTrackingNo(),
                        s.getShippedAt(),
                        tracking.getOrDefault(s.getId(), List.of()).stream()
                                .map(OrderQueries::tracking)
                                .toList()))
                .toList();
        return new OrderDetails(
                o.getId(),
                o.getOrderNo(),
                o.getCheckoutId(),
                o.getMerchantId(),
                o.getStoreName(),
                OrderStatus.valueOf(o.getStatus()),
                o.getItemsFen(),
                o.getShippingFen(),
                o.getDiscountFen(),
                o.getTotalFen(),
                DeliveryOption.valueOf(o.getDeliveryOption()),
                Objects.isNull(o.getPaymentMethod()) ? null : PaymentMethod.valueOf(o.getPaymentMethod()),
                o.getRecipient(),
                o.getMobile(),
                o.getRegionText(),
                o.getAddressDetail(),
                o.getBuyerRemark(),
                o.getPlacedAt(),
                o.getPayDeadline(),
                o.getPaidAt(),
                lines,
                timeline,
                shipmentList);
    }
}
