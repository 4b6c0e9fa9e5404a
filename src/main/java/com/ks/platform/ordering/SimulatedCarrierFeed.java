package com.ks.platform.ordering;

import com.ks.jooq.tables.records.OrderingShipmentRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stands in for the carriers' tracking feeds (none is reachable from here): every shipment passes the five stages at a
 * fixed gap after it was shipped, and the order becomes delivered when all its parcels are. Events have fixed times
 * derived from the shipping time, so running the feed twice adds nothing twice. On by default, off in production.
 */
@Component
@ConditionalOnProperty(name = "ks.ordering.simulated-carrier.enabled", havingValue = "true", matchIfMissing = true)
class SimulatedCarrierFeed {

    private final ShipmentRepository shipments;
    private final OrderRepository orders;
    private final OrderLifecycle lifecycle;
    private final OrderFulfilment fulfilment;
    private final TransactionTemplate transactions;
    private final Duration stageGap;
    private final Clock clock;

    SimulatedCarrierFeed(
            ShipmentRepository shipments,
            OrderRepository orders,
            OrderLifecycle lifecycle,
            OrderFulfilment fulfilment,
            PlatformTransactionManager transactionManager,
            @Value("${ks.ordering.simulated-carrier.stage-gap:PT2M}") Duration stageGap,
            Clock clock) {
        this.shipments = shipments;
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.fulfilment = fulfilment;
        this.transactions = new TransactionTemplate(transactionManager);
        this.stageGap = stageGap;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ks.ordering.simulated-carrier.interval:PT30S}", initialDelay = 20_000)
    @SchedulerLock(name = "ordering-simulated-carrier", lockAtMostFor = "PT10M")
    void poll() {
        advance(clock.instant());
    }

    /** Adds every stage due by {@code now}; returns how many orders became delivered. */
    int advance(Instant now) {
        int delivered = 0;
        for (OrderingShipmentRecord shipment : shipments.inTransit(500)) {
            Boolean done = transactions.execute(tx -> advance(shipment, now));
            if (Boolean.TRUE.equals(done)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean advance(OrderingShipmentRecord shipment, Instant now) {
        var order = orders.find(shipment.getOrderId()).orElseThrow();
        if (!OrderStatus.SHIPPED.name().equals(order.getStatus())) {
            // the shopper confirmed receipt (or the order otherwise moved on) since the shipment was listed
            return false;
        }
        String[] region = order.getRegionText().split("\\s+");
        String city = region.length > 1 ? region[1] : region[0];
        String district = region[region.length - 1];
        TrackingStage[] stages = TrackingStage.values();
        for (int i = 0; i < stages.length; i++) {
            Instant at = shipment.getShippedAt().plus(stageGap.multipliedBy(i + 1L));
            if (at.isAfter(now)) {
                return false;
            }
            String place = switch (stages[i]) {
                case PICKED_UP -> order.getStoreName();
                case IN_TRANSIT -> city + "转运中心";
                case ARRIVED -> city + "分拨中心";
                case OUT_FOR_DELIVERY, DELIVERED -> district;
            };
            shipments.addTracking(shipment.getId(), stages[i], place, at);
            if (stages[i] == TrackingStage.DELIVERED) {
                shipments.markDelivered(shipment.getId(), at);
            }
        }
        if (shipments.allDelivered(order.getId()) && fulfilment.fullyShipped(order.getId())) {
            return lifecycle.tryMove(order, OrderStatus.DELIVERED, OrderRepository.Actor.SYSTEM, "CARRIER_DELIVERED");
        }
        return false;
    }
}
