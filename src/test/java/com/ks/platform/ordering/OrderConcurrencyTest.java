package com.ks.platform.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.StockReservations;
import com.ks.platform.shared.RuleViolated;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Real threads against the real database (H2 by default, PostgreSQL when KS_DB_URL is set): a double submission, a rush
 * of buyers on the last units, and a shopper cancelling while the timeout job does.
 */
class OrderConcurrencyTest extends OrderingTestSupport {

    @Test
    void the_same_checkout_submitted_from_eight_threads_at_once_places_one_set_of_orders() throws Exception {
        Shop shopA = newShop();
        Shop shopB = newShop();
        ProductDetails book = product(shopA, 3_000, 50);
        ProductDetails tea = product(shopB, 4_000, 50);
        Shopper shopper = newShopper();
        PlaceOrder command = buyNow(shopper, line(book, 2), line(tea, 1));

        List<Attempt<PlacedCheckout>> attempts =
                atOnce(Collections.nCopies(8, shopper.email()), i -> ordering.place(command));

        assertThat(attempts).allSatisfy(a -> assertThat(a.failure()).isNull());
        List<PlacedCheckout> placed = attempts.stream().map(Attempt::result).toList();
        assertThat(placed).filteredOn(p -> !p.repeated()).hasSize(1);
        assertThat(placed.stream().map(p -> Set.copyOf(p.orderIds())).distinct())
                .as("every submission answers the same two orders")
                .singleElement()
                .satisfies(ids -> assertThat(ids).hasSize(2));
        assertThat(as(shopper.email(), () -> queries.countMine(OrderTab.ALL))).isEqualTo(2);
        assertThat(List.of(stockOf(book), stockOf(tea))).containsExactly(48, 49);
    }

    @Test
    void twenty_shoppers_racing_for_five_units_get_exactly_five_orders_and_stock_never_goes_below_zero()
            throws Exception {
        Shop shop = newShop();
        ProductDetails limited = product(shop, 19_900, 5);
        List<Shopper> shoppers =
                IntStream.range(0, 20).mapToObj(i -> newShopper()).toList();

        List<Attempt<PlacedCheckout>> attempts = atOnce(
                shoppers.stream().map(Shopper::email).toList(),
                i -> ordering.place(buyNow(shoppers.get(i), line(limited, 1))));

        assertThat(attempts).filteredOn(Attempt::succeeded).hasSize(5);
        assertThat(attempts)
                .filteredOn(a -> !a.succeeded())
                .hasSize(15)
                .allSatisfy(a -> assertThat(a.failure())
                        .as("a late buyer is told it sold out, nothing else")
                        .satisfiesAnyOf(
                                f -> assertThat(f)
                                        .isInstanceOfSatisfying(
                                                CheckoutRefused.class,
                                                refused -> assertThat(refused.issues())
                                                        .extracting(CheckoutQuote.Issue::kind)
                                                        .containsExactly(CheckoutQuote.Issue.Kind.SOLD_OUT)),
                                f -> assertThat(f).isInstanceOf(StockReservations.SoldOut.class)));
        assertThat(stockOf(limited)).isZero();
        int orders = shoppers.stream()
                .mapToInt(s -> as(s.email(), () -> queries.countMine(OrderTab.ALL)))
                .sum();
        assertThat(orders).isEqualTo(5);
    }

    @Test
    void shoppers_losing_the_race_for_the_last_units_keep_them_in_their_carts() throws Exception {
        Shop shop = newShop();
        ProductDetails limited = product(shop, 19_900, 3);
        List<Shopper> shoppers =
                IntStream.range(0, 12).mapToObj(i -> newShopper()).toList();
        shoppers.forEach(s -> run(s.email(), () -> cart.add(sku(limited), 1)));

        List<Attempt<PlacedCheckout>> attempts = atOnce(
                shoppers.stream().map(Shopper::email).toList(),
                i -> ordering.place(
                        checkout(shoppers.get(i), CheckoutOrigin.CART, DeliveryOption.STANDARD, line(limited, 1))));

        assertThat(attempts).filteredOn(Attempt::succeeded).hasSize(3);
        for (int i = 0; i < shoppers.size(); i++) {
            assertThat(cartOf(shoppers.get(i)).lineCount())
                    .as("the cart line leaves with a placed order and stays when the order was refused")
                    .isEqualTo(attempts.get(i).succeeded() ? 0 : 1);
        }
        assertThat(stockOf(limited)).isZero();
    }

    @Test
    void a_shopper_cancelling_while_the_timeout_job_cancels_gives_the_stock_back_once() throws Exception {
        Shop shop = newShop();
        ProductDetails book = product(shop, 3_000, 10);
        Shopper shopper = newShopper();
        UUID orderId = order(shopper, book, 4);
        Instant afterDeadline = Instant.now().plus(Duration.ofMinutes(31));

        List<Attempt<Object>> attempts = atOnce(Arrays.asList(shopper.email(), null), i -> {
            if (i == 0) {
                ordering.cancel(orderId, CancelReason.NO_LONGER_NEEDED);
            } else {
                timeouts.cancelUnpaid(afterDeadline);
            }
            return null;
        });

        assertThat(attempts.get(1).failure())
                .as("the job never fails on a lost race")
                .isNull();
        if (!attempts.getFirst().succeeded()) {
            assertThat(attempts.getFirst().failure())
                    .as("a shopper who lost the race is told the order can no longer be cancelled")
                    .isInstanceOf(RuleViolated.class);
        }
        assertThat(stockOf(book)).isEqualTo(10);
        OrderDetails order = details(shopper, orderId);
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.timeline())
                .filteredOn(e -> e.to() == OrderStatus.CANCELLED)
                .hasSize(1);
    }
}
