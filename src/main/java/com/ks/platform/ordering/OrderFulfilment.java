package com.ks.platform.ordering;

import com.ks.jooq.tables.records.OrderingOrderLineRecord;
import com.ks.jooq.tables.records.OrderingOrderRecord;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantAccess;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The merchant's side of an order: shipping it, whole or in parts, with a carrier and a tracking number in that
 * carrier's format. Only the merchant who sold the order can ship it; another merchant's order id is not found.
 */
@Service
public class OrderFulfilment {

    private final OrderRepository orders;
    private final ShipmentRepository shipments;
    private final OrderLifecycle lifecycle;
    private final MerchantAccess merchants;
    private final Clock clock;

    OrderFulfilment(
            OrderRepository orders,
            ShipmentRepository shipments,
            OrderLifecycle lifecycle,
            MerchantAccess merchants,
            Clock clock) {
        this.orders = orders;
        this.shipments = shipments;
        this.lifecycle = lifecycle;
        this.merchants = merchants;
        this.clock = clock;
    }

    /**
     * Ships {@code quantities} (order line id → quantity; empty means everything not yet shipped). The first shipment
     * moves a paid order to shipped.
     */
    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional
    public UUID ship(UUID orderId, Carrier carrier, String trackingNo, Map<UUID, Integer> quantities) {
        UUID merchantId = merchants.require(StaffPermission.ORDERS).id();
        OrderingOrderRecord order =
                orders.findOfMerchant(orderId, merchantId).orElseThrow(() -> new NotFound("error.order.notFound"));
        if (carrier == null) {
            throw new RuleViolated(Map.of("carrier", "error.shipment.carrier"));
        }
        String number = carrier.normalise(trackingNo);
        if (number == null) {
            throw new RuleViolated(Map.of("trackingNo", carrier.formatMessageKey()));
        }
        OrderStatus status = OrderStatus.valueOf(order.getStatus());
        if (status != OrderStatus.PAID && status != OrderStatus.SHIPPED) {
            throw new RuleViolated("error.shipment.notShippable");
        }
        if (shipments.trackingNoUsed(carrier, number)) {
            throw new RuleViolated(Map.of("trackingNo", "error.shipment.trackingUsed"));
        }
        Map<UUID, Integer> toShip = quantitiesToShip(order.getId(), quantities);
        UUID shipmentId = shipments.insert(order.getId(), carrier, number, toShip, clock.instant());
        if (status == OrderStatus.PAID) {
            lifecycle.move(
                    order,
                    OrderStatus.SHIPPED,
                    new OrderRepository.Actor(CurrentActor.requireAccountId(), "MERCHANT"),
                    carrier.name() + " " + number);
        }
        return shipmentId;
    }

    private Map<UUID, Integer> quantitiesToShip(UUID orderId, Map<UUID, Integer> requested) {
        List<OrderingOrderLineRecord> lines = orders.lines(List.of(orderId));
        Map<UUID, Integer> shipped = shipments.shippedQuantities(orderId);
        Map<UUID, Integer> open = new LinkedHashMap<>();
        for (OrderingOrderLineRecord line : lines) {
            int remaining = line.getQuantity() - shipped.getOrDefault(line.getId(), 0);
            if (remaining > 0) {
                open.put(line.getId(), remaining);
            }
        }
        if (open.isEmpty()) {
            throw new RuleViolated("error.shipment.nothingLeft");
        }
        if (requested == null || requested.isEmpty()) {
            return open;
        }
        Map<UUID, Integer> toShip = new LinkedHashMap<>();
        requested.forEach((lineId, quantity) -> {
            Integer remaining = open.get(lineId);
            if (remaining == null || quantity == null || quantity < 1 || quantity > remaining) {
                throw new RuleViolated("error.shipment.quantity");
            }
            toShip.put(lineId, quantity);
        });
        return toShip;
    }

    /** True when every unit of every line has been shipped. */
    boolean fullyShipped(UUID orderId) {
        Map<UUID, Integer> shipped = shipments.shippedQuantities(orderId);
        return orders.lines(List.of(orderId)).stream()
                .allMatch(line -> shipped.getOrDefault(line.getId(), 0) >= line.getQuantity());
    }
}
