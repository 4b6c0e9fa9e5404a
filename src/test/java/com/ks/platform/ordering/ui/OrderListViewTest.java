package com.ks.platform.ordering.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.ks.jooq.Tables.ORDERING_TRACKING_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.ordering.Carrier;
import com.ks.platform.ordering.OrderFulfilment;
import com.ks.platform.ordering.PlacedCheckout;
import com.ks.platform.ordering.TrackingStage;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** 我的订单 as a list a shopper reads: every order reachable in the page, each with its spec and where it is now. */
class OrderListViewTest extends OrderingViewTestSupport {

    @Autowired
    OrderFulfilment fulfilment;

    @Autowired
    DSLContext db;

    @Test
    void a_card_shows_the_colour_or_size_bought_and_the_parcels_latest_tracking_line() {
        ProductDetails cup = catalogProduct("规格杯子", 3_900, 4_900);
        String shopper = newShopper(true);
        actAs(shopper);
        PlacedCheckout placed = placeAsCurrentShopper(cup, 1);
        pay(placed);
        UUID order = placed.orderIds().getFirst();
        actAs(HOME_SHOP);
        UUID shipment = fulfilment.ship(
                order,
                Carrier.SF,
                "SF" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L),
                Map.of());
        SecurityContextHolder.clearContext();
        track(shipment, TrackingStage.PICKED_UP, "悦居家居生活馆", Instant.now().minusSeconds(600));
        track(shipment, TrackingStage.IN_TRANSIT, "杭州市转运中心", Instant.now().minusSeconds(60));
        signInAs(shopper);

        navigate("orders");

        OrderCard card = _find(OrderCard.class).getFirst();
        String text = card.getElement().getTextRecursively();
        assertThat(text).contains("规格杯子", "款式1", "快件已到达 杭州市转运中心").doesNotContain("快递员已揽收");
    }

    @Test
    void every_order_is_reachable_a_page_at_a_time_without_a_scroll_box_of_its_own() {
        ProductDetails cup = product(HOME_SHOP, "翻页杯子", 20, 3_900);
        String shopper = newShopper(true);
        actAs(shopper);
        for (int i = 0; i < OrderListView.PAGE + 2; i++) {
            placeAsCurrentShopper(cup, 1);
        }
        signInAs(shopper);

        navigate("orders");
        assertThat(_find(OrderCard.class)).hasSize(OrderListView.PAGE);
        click("加载更多");

        assertThat(_find(OrderCard.class)).hasSize(OrderListView.PAGE + 2);
        assertThat(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("加载更多")))
                .allSatisfy(more -> assertThat(more.isVisible()).isFalse());
    }

    private ProductDetails catalogProduct(String title, long... prices) {
        actAs(HOME_SHOP);
        try {
            return catalog.publish(title, 10, 20, prices);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void track(UUID shipment, TrackingStage stage, String place, Instant at) {
        db.insertInto(ORDERING_TRACKING_EVENT)
                .set(ORDERING_TRACKING_EVENT.ID, UUID.randomUUID())
                .set(ORDERING_TRACKING_EVENT.SHIPMENT_ID, shipment)
                .set(ORDERING_TRACKING_EVENT.STAGE, stage.name())
                .set(ORDERING_TRACKING_EVENT.PLACE, place)
                .set(ORDERING_TRACKING_EVENT.OCCURRED_AT, at)
                .execute();
    }
}
