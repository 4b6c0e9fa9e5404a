package com.ks.platform.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The shop ships its paid orders, whole or in parcels, with a tracking number in the carrier's format; the simulated
 * carrier feed adds tracking stages and marks the order delivered only when every unit has shipped and arrived.
 */
class ShipmentTest extends OrderingTestSupport {

    private Shop shop;
    private Shopper shopper;
    private ProductDetails book;
    private ProductDetails tea;

    /** A paid order of 2 books and 1 tea from one shop. */
    private UUID paidOrder() {
        shop = newShop();
        book = product(shop, 3_000, 10);
        tea = product(shop, 2_000, 10);
        shopper = newShopper();
        UUID orderId = place(shopper, buyNow(shopper, line(book, 2), line(tea, 1)))
                .orderIds()
                .getFirst();
        pay(shopper, orderId);
        return orderId;
    }

    private UUID lineOf(UUID orderId, ProductDetails product) {
        return details(shopper, orderId).lines().stream()
                .filter(l -> l.skuId().equals(sku(product)))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private void assertShipRefused(UUID orderId, String trackingNo, Map<UUID, Integer> quantities, String messageKey) {
        assertThatExceptionOfType(RuleViolated.class)
                .isThrownBy(() -> run(shop.email(), () -> fulfilment.ship(orderId, Carrier.SF, trackingNo, quantities)))
                .satisfies(refused -> assertThat(
                                refused.fieldErrors().isEmpty()
                                        ? refused.messageKey()
                                        : refused.fieldErrors().get("trackingNo"))
                        .isEqualTo(messageKey));
    }

    @Test
    void the_shop_ships_its_paid_order_with_a_tracking_number_in_the_carriers_format() {
        UUID orderId = paidOrder();
        String trackingNo = trackingNo();
        String typed = " " + trackingNo.substring(0, 7).toLowerCase() + " " + trackingNo.substring(7);

        run(shop.email(), () -> fulfilment.ship(orderId, Carrier.SF, typed, Map.of()));

        OrderDetails order = details(shopper, orderId);
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.shipments())
                .extracting(OrderDetails.Shipment::carrier, OrderDetails.Shipment::trackingNo)
                .containsExactly(tuple(Carrier.SF, trackingNo));
        assertThat(order.timeline().getLast())
                .extracting(OrderDetails.Event::to, OrderDetails.Event::actorKind, OrderDetails.Event::reason)
                .containsExactly(OrderStatus.SHIPPED, "MERCHANT", "SF " + trackingNo);
        assertThat(as(shop.email(), () -> queries.merchantOrder(orderId).status()))
                .isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void a_tracking_number_not_in_the_carriers_format_or_already_used_is_refused_on_its_field() {
        UUID orderId = paidOrder();
        UUID used = shippedOrder(shop, shopper, book);
        String usedNo = details(shopper, used).shipments().getFirst().trackingNo();

        assertShipRefused(orderId, "SF12345", Map.of(), "error.shipment.trackingFormat.SF");
        assertShipRefused(orderId, "JD0123456789ABC", Map.of(), "error.shipment.trackingFormat.SF");
        assertShipRefused(orderId, null, Map.of(), "error.shipment.trackingFormat.SF");
        assertShipRefused(orderId, usedNo, Map.of(), "error.shipment.trackingUsed");

        OrderDetails order = details(shopper, orderId);
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.shipments()).isEmpty();
    }

    @Test
    void another_shop_cannot_ship_or_even_see_the_order() {
        UUID orderId = paidOrder();
        Shop otherShop = newShop();

        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> ship(otherShop, orderId));
        assertThatExceptionOfType(NotFound.class)
                .isThrownBy(() -> as(otherShop.email(), () -> queries.merchantOrder(orderId)));
        assertThat(status(shopper, orderId)).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void a_partial_shipment_leaves_the_rest_of_the_order_to_ship() {
        UUID orderId = paidOrder();
        UUID bookLine = lineOf(orderId, book);

        ship(shop, orderId, Map.of(bookLine, 1));
        assertThat(status(shopper, orderId)).isEqualTo(OrderStatus.SHIPPED);
        assertShipRefused(orderId, trackingNo(), Map.of(bookLine, 2), "error.shipment.quantity");

        ship(shop, orderId);

        assertThat(details(shopper, orderId).shipments()).hasSize(2);
        assertShipRefused(orderId, trackingNo(), Map.of(), "error.shipment.nothingLeft");
        assertThat(details(shopper, orderId).timeline())
                .filteredOn(e -> e.to() == OrderStatus.SHIPPED)
                .hasSize(1);
    }

    @Test
    void tracking_stages_appear_as_they_fall_due_with_places_along_the_route() {
        UUID orderId = paidOrder();
        ship(shop, orderId);
        Instant shippedAt = details(shopper, orderId).shipments().getFirst().shippedAt();

        carrierFeed.advance(shippedAt.plus(Duration.ofMinutes(3)));
        carrierFeed.advance(shippedAt.plus(Duration.ofMinutes(3)));
        assertThat(details(shopper, orderId).shipments().getFirst().tracking())
                .extracting(OrderDetails.Tracking::stage, OrderDetails.Tracking::place)
                .as("picked up after 2 minutes, once however often the feed runs")
                .containsExactly(tuple(TrackingStage.PICKED_UP, shop.storeName()));
        assertThat(status(shopper, orderId)).isEqualTo(OrderStatus.SHIPPED);

        carrierFeed.advance(shippedAt.plus(Duration.ofHours(1)));

        OrderDetails order = details(shopper, orderId);
        assertThat(order.shipments().getFirst().tracking())
                .as("newest first")
                .extracting(OrderDetails.Tracking::stage, OrderDetails.Tracking::place)
                .containsExactly(
                        tuple(TrackingStage.DELIVERED, "西湖区"),
                        tuple(TrackingStage.OUT_FOR_DELIVERY, "西湖区"),
                        tuple(TrackingStage.ARRIVED, "杭州市分拨中心"),
                        tuple(TrackingStage.IN_TRANSIT, "杭州市转运中心"),
                        tuple(TrackingStage.PICKED_UP, shop.storeName()));
        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(order.timeline().getLast())
                .extracting(OrderDetails.Event::actorKind, OrderDetails.Event::reason)
                .containsExactly("SYSTEM", "CARRIER_DELIVERED");
    }

    @Test
    void an_order_is_delivered_only_when_every_parcel_has_arrived_and_running_the_feed_twice_adds_nothing_twice() {
        UUID orderId = paidOrder();
        ship(shop, orderId, Map.of(lineOf(orderId, tea), 1));
        Instant firstShipped = details(shopper, orderId).shipments().getFirst().shippedAt();

        carrierFeed.advance(firstShipped.plus(Duration.ofHours(1)));
        OrderDetails firstArrived = details(shopper, orderId);
        assertThat(firstArrived.shipments().getFirst().tracking()).hasSize(5);
        assertThat(firstArrived.status())
                .as("the books have not even shipped yet")
                .isEqualTo(OrderStatus.SHIPPED);

        ship(shop, orderId);
        Instant secondShipped = details(shopper, orderId).shipments().getLast().shippedAt();
        carrierFeed.advance(secondShipped.plus(Duration.ofHours(1)));
        carrierFeed.advance(secondShipped.plus(Duration.ofHours(2)));

        OrderDetails delivered = details(shopper, orderId);
        assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(delivered.shipments())
                .allSatisfy(s -> assertThat(s.tracking())
                        .extracting(OrderDetails.Tracking::stage)
                        .doesNotHaveDuplicates()
                        .hasSize(5));
        assertThat(delivered.timeline())
                .filteredOn(e -> e.to() == OrderStatus.DELIVERED)
                .hasSize(1);
    }
}
