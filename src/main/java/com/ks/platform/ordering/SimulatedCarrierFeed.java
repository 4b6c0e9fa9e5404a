package com.ks.platform.ordering;

import com.ks.jooq.tables.records.OrderingShipmentRecord;
import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stands in for the carriers' tracking feeds (none is reachable from here): every shipment passes the stages of the
 * {@link SimulatedCarrier} from its store to the order's district, and the order becomes delivered when all its parcels
 * are. Events have fixed times derived from the shipping time, so running the feed twice adds nothing twice. On by
 * default, off in production.
 */
@Component
@ConditionalOnProperty(name = "ks.ordering.simulated-carrier.enabled", havingValue = "true", matchIfMissing = true)
class SimulatedCarrierFeed {

    private final ShipmentRepository shipments;
    private final OrderRepository orders;
    private final OrderLifecycle lifecycle;
    private final OrderFulfilment fulfilment;
    private final TransactionTemplate transactions;
    private final SimulatedCarrier carrier;
    private final Clock clock;

    SimulatedCarrierFeed(
            ShipmentRepository shipments,
            OrderRepository orders,
            OrderLifecycle lifecycle,
            OrderFulfilment fulfilment,
            PlatformTransactionManager transactionManager,
            SimulatedCarrier carrier,
            Clock clock) {
        this.shipments = shipments;
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.fulfilment = fulfilment;
        this.transactions = new TransactionTemplate(transactionManager);
        this.carrier = carrier;
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
        var route = SimulatedCarrier.Route.to(order.getStoreName(), order.getRegionText());
        var stops = carrier.reached(shipment.getShippedAt(), route, now);
        for (SimulatedCarrier.Stop stop : stops) {
            shipments.addTracking(shipment.getId(), stop.stage(), stop.place(), stop.at());
            if (stop.stage() == TrackingStage.DELIVERED) {
                shipments.markDelivered(shipment.getId(), stop.at());
            }
        }
        if (stops.size() < TrackingStage.values().length) {
            return false;
        }
        if (shipments.allDelivered(order.getId()) && fulfilment.fullyShipped(order.getId())) {
            return lifecycle.tryMove(order, OrderStatus.DELIVERED, OrderRepository.Actor.SYSTEM, "CARRIER_DELIVERED");
        }
        return false;
    }
}
