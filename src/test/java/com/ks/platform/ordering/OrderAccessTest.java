package com.ks.platform.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.shared.NotFound;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may do what with an order: only shoppers place and list their own orders, only the selling shop ships and sees
 * its orders; anyone else's order id is simply not found (nothing reveals that it exists).
 */
class OrderAccessTest extends OrderingTestSupport {

    @Test
    void a_merchant_cannot_place_or_list_orders_as_a_shopper() {
        Shop shop = newShop();
        Shopper shopper = newShopper();
        PlaceOrder command = buyNow(shopper, line(product(shop, 3_000, 10), 1));

        actAs(shop.email());
        assertShopperOnly(AccessDeniedException.class, command);
    }

    @Test
    void a_visitor_cannot_place_or_list_orders() {
        Shop shop = newShop();
        Shopper shopper = newShopper();
        PlaceOrder command = buyNow(shopper, line(product(shop, 3_000, 10), 1));

        SecurityContextHolder.clearContext();
        assertShopperOnly(AuthenticationCredentialsNotFoundException.class, command);

        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "visitor", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertShopperOnly(AccessDeniedException.class, command);
        SecurityContextHolder.clearContext();
        assertThat(as(shopper.email(), () -> queries.countMine(OrderTab.ALL))).isZero();
    }

    private void assertShopperOnly(Class<? extends RuntimeException> refusal, PlaceOrder command) {
        List<Supplier<Object>> shopperCommands = List.of(
                () -> ordering.place(command),
                () -> queries.myOrders(OrderTab.ALL, 0, 10),
                () -> queries.countMine(OrderTab.ALL),
                () -> ordering.buyAgain(UUID.randomUUID()));
        assertThat(shopperCommands)
                .allSatisfy(call -> assertThatExceptionOfType(refusal).isThrownBy(call::get));
    }

    @Test
    void a_shopper_cannot_ship_or_read_the_shops_side() {
        Shop shop = newShop();
        Shopper shopper = newShopper();
        UUID orderId = order(shopper, product(shop, 3_000, 10), 1);
        pay(shopper, orderId);

        actAs(shopper.email());
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> fulfilment.ship(orderId, Carrier.SF, trackingNo(), Map.of()));
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> queries.merchantOrder(orderId));
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> queries.merchantOrders(OrderTab.ALL, 0, 10));
        SecurityContextHolder.clearContext();
        assertThat(status(shopper, orderId)).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void another_shopper_can_neither_see_nor_change_someone_elses_order() {
        Shop shop = newShop();
        ProductDetails book = product(shop, 3_000, 10);
        Shopper owner = newShopper();
        Shopper stranger = newShopper();
        UUID pending = order(owner, book, 1);
        UUID shipped = shippedOrder(shop, owner, book);
        UUID checkoutId = details(owner, pending).checkoutId();

        actAs(stranger.email());
        assertThat(List.<Runnable>of(
                        () -> queries.myOrder(pending),
                        () -> queries.myCheckout(checkoutId),
                        () -> ordering.cancel(pending, CancelReason.OTHER),
                        () -> ordering.confirmReceipt(shipped),
                        () -> ordering.buyAgain(pending)))
                .allSatisfy(call -> assertThatExceptionOfType(NotFound.class).isThrownBy(call::run));
        assertThat(queries.myOrders(OrderTab.ALL, 0, 10)).isEmpty();
        assertThat(cartQueries.myCart().isEmpty()).isTrue();
        SecurityContextHolder.clearContext();

        assertThat(List.of(status(owner, pending), status(owner, shipped)))
                .containsExactly(OrderStatus.PENDING_PAYMENT, OrderStatus.SHIPPED);
        assertThat(stockOf(book)).isEqualTo(8);
    }

    @Test
    void a_shop_sees_only_its_own_orders_of_a_checkout_shared_with_another_shop() {
        Shop shopA = newShop();
        Shop shopB = newShop();
        Shopper shopper = newShopper();
        PlacedCheckout placed =
                place(shopper, buyNow(shopper, line(product(shopA, 3_000, 10), 1), line(product(shopB, 4_000, 10), 1)));
        UUID ofA = placed.orderIds().getFirst();
        UUID ofB = placed.orderIds().getLast();

        actAs(shopA.email());
        assertThat(queries.merchantOrder(ofA).merchantId()).isEqualTo(shopA.id());
        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> queries.merchantOrder(ofB));
        assertThat(queries.merchantOrders(OrderTab.ALL, 0, 10))
                .extracting(OrderSummary::id)
                .containsExactly(ofA);
        assertThat(queries.countMerchantOrders(OrderTab.ALL)).isEqualTo(1);
    }

    @Test
    void the_order_tabs_count_and_list_the_right_orders_newest_first() {
        Shop shop = newShop();
        ProductDetails book = product(shop, 3_000, 20);
        Shopper shopper = newShopper();
        List<UUID> placed = new ArrayList<>();
        IntStream.range(0, 6).forEach(i -> placed.add(order(shopper, book, 1)));
        UUID pending = placed.get(0);
        UUID paid = placed.get(1);
        UUID shipped = placed.get(2);
        UUID delivered = placed.get(3);
        UUID completed = placed.get(4);
        UUID cancelled = placed.get(5);
        placed.subList(1, 5).forEach(id -> pay(shopper, id));
        ship(shop, delivered);
        ship(shop, completed);
        carrierFeed.advance(java.time.Instant.now().plus(Duration.ofHours(1)));
        run(shopper.email(), () -> ordering.confirmReceipt(completed));
        ship(shop, shipped);
        run(shopper.email(), () -> ordering.cancel(cancelled, CancelReason.OTHER));

        actAs(shopper.email());
        assertThat(tab(OrderTab.TO_PAY)).containsExactly(pending);
        assertThat(tab(OrderTab.TO_SHIP)).containsExactly(paid);
        assertThat(tab(OrderTab.TO_RECEIVE)).containsExactly(delivered, shipped);
        assertThat(tab(OrderTab.COMPLETED)).containsExactly(completed);
        assertThat(tab(OrderTab.AFTER_SALES)).isEmpty();
        assertThat(tab(OrderTab.ALL)).containsExactlyElementsOf(placed.reversed());
        assertThat(queries.myOrders(OrderTab.ALL, 2, 2))
                .extracting(OrderSummary::id)
                .as("the second page of two")
                .containsExactly(delivered, shipped);
        assertThat(List.of(OrderTab.TO_PAY, OrderTab.TO_SHIP, OrderTab.TO_RECEIVE, OrderTab.COMPLETED, OrderTab.ALL))
                .extracting(queries::countMine)
                .containsExactly(1, 1, 2, 1, 6);

        actAs(shop.email());
        assertThat(List.of(OrderTab.TO_PAY, OrderTab.TO_SHIP, OrderTab.TO_RECEIVE, OrderTab.COMPLETED, OrderTab.ALL))
                .as("the shop's tabs count the same orders")
                .extracting(queries::countMerchantOrders)
                .containsExactly(1, 1, 2, 1, 6);
        assertThat(queries.merchantOrders(OrderTab.TO_SHIP, 0, 10))
                .extracting(OrderSummary::id)
                .containsExactly(paid);
    }

    private List<UUID> tab(OrderTab tab) {
        return queries.myOrders(tab, 0, OrderQueries.MAX_PAGE).stream()
                .map(OrderSummary::id)
                .toList();
    }
}
