package com.ks.platform.ordering;

import static com.ks.jooq.Tables.ORDERING_ORDER;
import static com.ks.jooq.Tables.ORDERING_SHIPMENT;
import static com.ks.jooq.Tables.ORDERING_SHIPMENT_LINE;
import static com.ks.jooq.Tables.ORDERING_TRACKING_EVENT;

import com.ks.jooq.tables.records.OrderingShipmentRecord;
import com.ks.jooq.tables.records.OrderingTrackingEventRecord;
import com.ks.platform.shared.Ids;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class ShipmentRepository {

    private final DSLContext db;

    ShipmentRepository(DSLContext db) {
        this.db = db;
    }

    UUID insert(UUID orderId, Carrier carrier, String trackingNo, Map<UUID, Integer> lineQuantities, Instant at) {
        UUID id = Ids.newId();
        db.insertInto(ORDERING_SHIPMENT)
                .set(ORDERING_SHIPMENT.ID, id)
                .set(ORDERING_SHIPMENT.ORDER_ID, orderId)
                .set(ORDERING_SHIPMENT.CARRIER, carrier.name())
                .set(ORDERING_SHIPMENT.TRACKING_NO, trackingNo)
                .set(ORDERING_SHIPMENT.SHIPPED_AT, at)
                .execute();
        lineQuantities.forEach((lineId, quantity) -> db.insertInto(ORDERING_SHIPMENT_LINE)
                .set(ORDERING_SHIPMENT_LINE.SHIPMENT_ID, id)
                .set(ORDERING_SHIPMENT_LINE.ORDER_LINE_ID, lineId)
                .set(ORDERING_SHIPMENT_LINE.QUANTITY, quantity)
                .execute());
        return id;
    }

    boolean trackingNoUsed(Carrier carrier, String trackingNo) {
        return db.fetchExists(
                ORDERING_SHIPMENT,
                ORDERING_SHIPMENT.CARRIER.eq(carrier.name()).and(ORDERING_SHIPMENT.TRACKING_NO.eq(trackingNo)));
    }

    /** Quantities already shipped per order line. */
    Map<UUID, Integer> shippedQuantities(UUID orderId) {
        return db.select(ORDERING_SHIPMENT_LINE.ORDER_LINE_ID, DSL.sum(ORDERING_SHIPMENT_LINE.QUANTITY))
                .from(ORDERING_SHIPMENT_LINE)
                .join(ORDERING_SHIPMENT)
                .on(ORDERING_SHIPMENT.ID.eq(ORDERING_SHIPMENT_LINE.SHIPMENT_ID))
                .where(ORDERING_SHIPMENT.ORDER_ID.eq(orderId))
                .groupBy(ORDERING_SHIPMENT_LINE.ORDER_LINE_ID)
                .fetchMap(r -> r.value1(), r -> r.value2().intValue());
    }

    List<OrderingShipmentRecord> ofOrder(UUID orderId) {
        return db.selectFrom(ORDERING_SHIPMENT)
                .where(ORDERING_SHIPMENT.ORDER_ID.eq(orderId))
                .orderBy(ORDERING_SHIPMENT.SHIPPED_AT)
                .fetch();
    }

    List<OrderingTrackingEventRecord> tracking(Collection<UUID> shipmentIds) {
        if (shipmentIds.isEmpty()) {
            return List.of();
        }
        return db.selectFrom(ORDERING_TRACKING_EVENT)
                .where(ORDERING_TRACKING_EVENT.SHIPMENT_ID.in(shipmentIds))
                .orderBy(ORDERING_TRACKING_EVENT.OCCURRED_AT.desc())
                .fetch();
    }

    /** Each order's newest tracking event (over all its parcels), for a page of orders; orders without one are absent. */
    Map<UUID, OrderingTrackingEventRecord> latestTracking(Collection<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, OrderingTrackingEventRecord> latest = new HashMap<>();
        db.select(ORDERING_SHIPMENT.ORDER_ID, ORDERING_TRACKING_EVENT.asterisk())
                .from(ORDERING_TRACKING_EVENT)
                .join(ORDERING_SHIPMENT)
                .on(ORDERING_SHIPMENT.ID.eq(ORDERING_TRACKING_EVENT.SHIPMENT_ID))
                .where(ORDERING_SHIPMENT.ORDER_ID.in(orderIds))
                .orderBy(ORDERING_TRACKING_EVENT.OCCURRED_AT.desc())
                .forEach(row ->
                        latest.putIfAbsent(row.get(ORDERING_SHIPMENT.ORDER_ID), row.into(ORDERING_TRACKING_EVENT)));
        return latest;
    }

    /** Shipments of orders still on their way (shipped, not delivered), oldest first. */
    List<OrderingShipmentRecord> inTransit(int limit) {
        return db.select(ORDERING_SHIPMENT.fields())
                .from(ORDERING_SHIPMENT)
                .join(ORDERING_ORDER)
                .on(ORDERING_ORDER.ID.eq(ORDERING_SHIPMENT.ORDER_ID))
                .where(ORDERING_SHIPMENT.DELIVERED_AT.isNull())
                .and(ORDERING_ORDER.STATUS.eq(OrderStatus.SHIPPED.name()))
                .orderBy(ORDERING_SHIPMENT.SHIPPED_AT)
                .limit(limit)
                .fetchInto(OrderingShipmentRecord.class);
    }

    /** Adds a tracking event unless it is already there (feeds repeat themselves). */
    boolean addTracking(UUID shipmentId, TrackingStage stage, String place, Instant at) {
        boolean exists = db.fetchExists(
                ORDERING_TRACKING_EVENT,
                ORDERING_TRACKING_EVENT
                        .SHIPMENT_ID
                        .eq(shipmentId)
                        .and(ORDERING_TRACKING_EVENT.STAGE.eq(stage.name()))
                        .and(ORDERING_TRACKING_EVENT.OCCURRED_AT.eq(at)));
        if (exists) {
            return false;
        }
        db.insertInto(ORDERING_TRACKING_EVENT)
                .set(ORDERING_TRACKING_EVENT.ID, Ids.newId())
                .set(ORDERING_TRACKING_EVENT.SHIPMENT_ID, shipmentId)
                .set(ORDERING_TRACKING_EVENT.STAGE, stage.name())
                .set(ORDERING_TRACKING_EVENT.PLACE, place)
                .set(ORDERING_TRACKING_EVENT.OCCURRED_AT, at)
                .execute();
        return true;
    }

    void markDelivered(UUID shipmentId, Instant at) {
        db.update(ORDERING_SHIPMENT)
                .set(ORDERING_SHIPMENT.DELIVERED_AT, at)
                .where(ORDERING_SHIPMENT.ID.eq(shipmentId))
                .execute();
    }

    boolean allDelivered(UUID orderId) {
        return !db.fetchExists(
                ORDERING_SHIPMENT, ORDERING_SHIPMENT.ORDER_ID.eq(orderId).and(ORDERING_SHIPMENT.DELIVERED_AT.isNull()));
    }
}
