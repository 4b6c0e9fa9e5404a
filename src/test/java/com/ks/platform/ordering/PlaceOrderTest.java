package com.ks.platform.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.identity.AddressForm;
import com.ks.platform.shared.NotFound;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Placing a checkout: one order per shop, priced from the database, shipping per shop, lines and address as snapshots,
 * stock taken and the ordered lines gone from the cart; idempotent on the checkout id. Prices are shown truthfully and
 * nothing is charged that was not shown (E-Commerce Law art. 17, Consumer Protection Law art. 20).
 */
class PlaceOrderTest extends OrderingTestSupport {

    @Test
    void a_cart_of_two_shops_becomes_one_pending_order_per_shop_in_one_checkout() {
        Shop shopA = newShop();
        Shop shopB = newShop();
        ProductDetails book = product(shopA, 2_500, 10);
        ProductDetails pen = product(shopA, 3_333, 10);
        ProductDetails left = product(shopA, 1_000, 10);
        ProductDetails tea = product(shopB, 2_000, 10, 10, true);
        Shopper shopper = newShopper();
        run(shopper.email(), () -> {
            cart.add(sku(book), 2);
            cart.add(sku(pen), 1);
            cart.add(sku(tea), 3);
            cart.add(sku(left), 1);
        });

        PlacedCheckout placed = place(
                shopper,
                checkout(
                        shopper,
                        CheckoutOrigin.CART,
                        DeliveryOption.STANDARD,
                        line(book, 2),
                        line(pen, 1),
                        line(tea, 3)));

        assertThat(placed.repeated()).isFalse();
        assertThat(placed.orderIds()).hasSize(2);
        List<OrderDetails> orders =
                placed.orderIds().stream().map(id -> details(shopper, id)).toList();
        assertThat(orders)
                .extracting(
                        OrderDetails::merchantId,
                        OrderDetails::storeName,
                        OrderDetails::status,
                        OrderDetails::itemsFen,
                        OrderDetails::shippingFen,
                        OrderDetails::totalFen)
                .containsExactlyInAnyOrder(
                        // ¥83.33 is under ¥99: standard shipping costs ¥10
                        tuple(shopA.id(), shopA.storeName(), OrderStatus.PENDING_PAYMENT, 8_333L, 1_000L, 9_333L),
                        // the product ships free, so the shop's order does
                        tuple(shopB.id(), shopB.storeName(), OrderStatus.PENDING_PAYMENT, 6_000L, 0L, 6_000L));
        assertThat(placed.totalFen()).isEqualTo(9_333L + 6_000L);
        assertThat(orders).allSatisfy(order -> {
            assertThat(order.checkoutId()).isEqualTo(placed.checkoutId());
            assertThat(order.orderNo()).startsWith("KS");
            assertThat(order.payDeadline()).isEqualTo(order.placedAt().plus(Duration.ofMinutes(30)));
            assertThat(order.recipient()).isEqualTo("张三");
            assertThat(order.mobile()).isEqualTo("13800138000");
            assertThat(order.regionText()).isEqualTo("浙江省 杭州市 西湖区");
            assertThat(order.addressDetail()).isEqualTo("文三路 90 号");
            assertThat(order.lines().stream()
                            .mapToLong(OrderDetails.Line::payableFen)
                            .sum())
                    .as("line amounts add up to what is paid for the order")
                    .isEqualTo(order.totalFen());
            assertThat(order.timeline())
                    .extracting(OrderDetails.Event::from, OrderDetails.Event::to, OrderDetails.Event::actorKind)
                    .containsExactly(tuple(null, OrderStatus.PENDING_PAYMENT, "SHOPPER"));
        });
        OrderDetails ofShopA = orders.stream()
                .filter(o -> o.merchantId().equals(shopA.id()))
                .findFirst()
                .orElseThrow();
        assertThat(ofShopA.lines())
                .extracting(
                        OrderDetails.Line::skuId,
                        OrderDetails.Line::title,
                        OrderDetails.Line::specText,
                        OrderDetails.Line::unitPriceFen,
                        OrderDetails.Line::quantity)
                .containsExactlyInAnyOrder(
                        tuple(sku(book), book.title(), "颜色: 黑色", 2_500L, 2),
                        tuple(sku(pen), pen.title(), "颜色: 黑色", 3_333L, 1));
        assertThat(ofShopA.lines())
                .as("the ¥10 shipping is allocated to the lines in proportion to their amounts")
                .extracting(l -> l.payableFen() - l.unitPriceFen() * l.quantity())
                .containsExactlyInAnyOrder(600L, 400L);

        assertThat(List.of(stockOf(book), stockOf(pen), stockOf(tea), stockOf(left)))
                .containsExactly(8, 9, 7, 10);
        assertThat(cartOf(shopper).shops())
                .flatExtracting(shop -> shop.lines())
                .extracting(line -> line.skuId())
                .as("ordered lines leave the cart, the others stay")
                .containsExactly(sku(left));
        CheckoutSummary summary = as(shopper.email(), () -> queries.myCheckout(placed.checkoutId()));
        assertThat(summary.amountDueFen()).isEqualTo(placed.totalFen());
        assertThat(summary.orders()).hasSize(2);
    }

    @Test
    void an_order_keeps_the_price_and_address_agreed_when_it_was_placed() {
        Shop shop = newShop();
        ProductDetails book = product(shop, 12_000, 5);
        Shopper shopper = newShopper();
        UUID orderId = order(shopper, book, 1);

        testCatalog.setPrice(sku(book), 15_000);
        run(
                shopper.email(),
                () -> addresses.update(
                        shopper.addressId(),
                        new AddressForm("李四", "13912345678", "110000", "110100", "110101", "东长安街 1 号", true)));

        OrderDetails order = details(shopper, orderId);
        assertThat(order.lines().getFirst().unitPriceFen()).isEqualTo(12_000L);
        assertThat(order.totalFen()).isEqualTo(12_000L);
        assertThat(order.recipient()).isEqualTo("张三");
        assertThat(order.regionText()).isEqualTo("浙江省 杭州市 西湖区");
    }

    @Test
    void standard_shipping_is_free_from_99_yuan_per_shop_or_when_everything_ships_free_and_express_always_costs_20() {
        Shop shop = newShop();
        Shop other = newShop();
        ProductDetails at99 = product(shop, 9_900, 20);
        ProductDetails under99 = product(shop, 9_899, 20);
        ProductDetails free = product(shop, 500, 20, 10, true);
        ProductDetails halfHere = product(shop, 5_000, 20);
        ProductDetails halfThere = product(other, 5_000, 20);
        Shopper shopper = newShopper();

        assertThat(shippingOf(shopper, DeliveryOption.STANDARD, line(at99, 1))).containsExactly(0L);
        assertThat(shippingOf(shopper, DeliveryOption.STANDARD, line(under99, 1)))
                .containsExactly(1_000L);
        assertThat(shippingOf(shopper, DeliveryOption.STANDARD, line(free, 1))).containsExactly(0L);
        assertThat(shippingOf(shopper, DeliveryOption.STANDARD, line(free, 1), line(under99, 1)))
                .as("¥103.99 in one shop: free from ¥99")
                .containsExactly(0L);
        assertThat(shippingOf(shopper, DeliveryOption.EXPRESS, line(at99, 1))).containsExactly(2_000L);
        assertThat(shippingOf(shopper, DeliveryOption.EXPRESS, line(free, 1))).containsExactly(2_000L);
        assertThat(shippingOf(shopper, DeliveryOption.STANDARD, line(halfHere, 1), line(halfThere, 1)))
                .as("¥100 over two shops: the threshold counts per shop, not per checkout")
                .containsExactly(1_000L, 1_000L);
    }

    /** Places the items and answers each order's shipping (in the order of the items' shops). */
    private List<Long> shippingOf(Shopper shopper, DeliveryOption delivery, PlaceOrder.Item... items) {
        PlacedCheckout placed = place(shopper, checkout(shopper, CheckoutOrigin.BUY_NOW, delivery, items));
        List<OrderDetails> orders =
                placed.orderIds().stream().map(id -> details(shopper, id)).toList();
        assertThat(orders).allSatisfy(o -> {
            assertThat(o.totalFen()).isEqualTo(o.itemsFen() + o.shippingFen());
            assertThat(o.delivery()).isEqualTo(delivery);
        });
        assertThat(placed.totalFen())
                .isEqualTo(orders.stream().mapToLong(OrderDetails::totalFen).sum());
        return orders.stream()
                .sorted((a, b) -> Long.compare(a.itemsFen(), b.itemsFen()))
                .map(OrderDetails::shippingFen)
                .toList();
    }

    @Test
    void placing_the_same_checkout_twice_creates_one_set_of_orders_and_takes_stock_once() {
        Shop shop = newShop();
        ProductDetails book = product(shop, 4_000, 10);
        Shopper shopper = newShopper();
        PlaceOrder command = buyNow(shopper, line(book, 3));

        PlacedCheckout first = place(shopper, command);
        PlacedCheckout second = place(shopper, command);

        assertThat(first.repeated()).isFalse();
        assertThat(second.repeated()).isTrue();
        assertThat(second.orderIds()).isEqualTo(first.orderIds());
        assertThat(second.totalFen()).isEqualTo(first.totalFen());
        assertThat(stockOf(book)).isEqualTo(7);
        assertThat(as(shopper.email(), () -> queries.countMine(OrderTab.ALL))).isEqualTo(1);
    }

    @Test
    void a_retry_after_the_last_units_sold_answers_the_orders_already_placed_instead_of_sold_out() {
        Shop shop = newShop();
        ProductDetails book = product(shop, 4_000, 5);
        Shopper early = newShopper();
        PlaceOrder command = buyNow(early, line(book, 2));
        PlacedCheckout first = place(early, command);
        Shopper late = newShopper();
        place(late, buyNow(late, line(book, 3)));

        PlacedCheckout retried = place(early, command);

        assertThat(retried.repeated()).isTrue();
        assertThat(retried.orderIds()).isEqualTo(first.orderIds());
        assertThat(stockOf(book)).isZero();
        assertThatExceptionOfType(CheckoutRefused.class).isThrownBy(() -> place(early, buyNow(early, line(book, 1))));
    }

    @Test
    void buying_the_last_units_shows_the_product_as_sold_out_in_listings_and_search() {
        Shop shop = newShop();
        ProductDetails book = product(shop, 4_000, 3);
        Shopper shopper = newShopper();
        assertThat(catalog.cards(List.of(book.id())).getFirst().inStock()).isTrue();

        place(shopper, buyNow(shopper, line(book, 3)));

        assertThat(stockOf(book)).isZero();
        assertThat(catalog.cards(List.of(book.id())).getFirst().inStock()).isFalse();
    }

    @Test
    void another_shopper_reusing_a_checkout_id_is_told_it_does_not_exist() {
        Shop shop = newShop();
        ProductDetails book = product(shop, 4_000, 10);
        Shopper owner = newShopper();
        Shopper stranger = newShopper();
        PlacedCheckout placed = place(owner, buyNow(owner, line(book, 1)));

        PlaceOrder copied = new PlaceOrder(
                placed.checkoutId(),
                CheckoutOrigin.BUY_NOW,
                List.of(line(book, 2)),
                stranger.addressId(),
                DeliveryOption.STANDARD,
                PaymentMethod.ALIPAY);
        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> place(stranger, copied));

        assertThat(as(stranger.email(), () -> queries.countMine(OrderTab.ALL))).isZero();
        assertThat(stockOf(book)).isEqualTo(9);
    }

    @Test
    void a_price_changed_since_the_shopper_looked_refuses_the_checkout_and_writes_nothing() {
        Shop shop = newShop();
        ProductDetails book = product(shop, 2_500, 10);
        Shopper shopper = newShopper();
        run(shopper.email(), () -> cart.add(sku(book), 2));
        testCatalog.setPrice(sku(book), 2_900);
        PlaceOrder atOldPrice = checkout(shopper, CheckoutOrigin.CART, DeliveryOption.STANDARD, line(book, 2));

        assertThatExceptionOfType(CheckoutRefused.class)
                .isThrownBy(() -> place(shopper, atOldPrice))
                .satisfies(refused -> assertThat(refused.issues())
                        .extracting(
                                CheckoutQuote.Issue::skuId,
                                CheckoutQuote.Issue::kind,
                                CheckoutQuote.Issue::shownPriceFen,
                                CheckoutQuote.Issue::currentPriceFen)
                        .containsExactly(tuple(sku(book), CheckoutQuote.Issue.Kind.PRICE_CHANGED, 2_500L, 2_900L)));

        assertThatExceptionOfType(NotFound.class)
                .isThrownBy(() -> as(shopper.email(), () -> queries.myCheckout(atOldPrice.checkoutId())));
        assertThat(as(shopper.email(), () -> queries.countMine(OrderTab.ALL))).isZero();
        assertThat(stockOf(book)).isEqualTo(10);
        assertThat(cartOf(shopper).lineCount()).isEqualTo(1);

        PlaceOrder atNewPrice = checkout(
                shopper, CheckoutOrigin.CART, DeliveryOption.STANDARD, new PlaceOrder.Item(sku(book), 2, 2_900L));
        PlacedCheckout placed = place(shopper, atNewPrice);
        assertThat(placed.totalFen())
                .as("the new price, once shown, is charged")
                .isEqualTo(5_800L + 1_000L);
    }
}
