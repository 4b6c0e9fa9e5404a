package com.ks.platform.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every checkout that cannot be right is refused — never half placed: no checkout, no order, no stock taken, even when
 * only one of several lines is wrong. The service checks what a form would already have checked, because the API and
 * a tampered page reach it too.
 */
class CheckoutValidationTest extends OrderingTestSupport {

    /**
     * A shopper, a product with stock 3 and a per-order limit of 2, a second product on sale, a withdrawn product and
     * the address of another shopper.
     */
    record Fixture(
            Shopper shopper,
            ProductDetails product,
            ProductDetails other,
            ProductDetails withdrawn,
            UUID strangersAddress) {

        PlaceOrder buying(PlaceOrder.Item... items) {
            return buyNow(shopper, items);
        }

        PlaceOrder.Item units(int quantity) {
            return line(product, quantity);
        }

        PlaceOrder without(UUID addressId, DeliveryOption delivery, PaymentMethod method) {
            return new PlaceOrder(
                    UUID.randomUUID(), CheckoutOrigin.BUY_NOW, List.of(units(1)), addressId, delivery, method);
        }
    }

    static Stream<Arguments> malformedCheckouts() {
        return Stream.of(
                refused("a quantity of zero", f -> f.buying(f.units(0)), RuleViolated.class, "error.checkout.quantity"),
                refused(
                        "a negative quantity",
                        f -> f.buying(f.units(-1)),
                        RuleViolated.class,
                        "error.checkout.quantity"),
                refused(
                        "a quantity above any order's maximum",
                        f -> f.buying(f.units(PlaceOrder.MAX_QUANTITY + 1)),
                        RuleViolated.class,
                        "error.checkout.quantity"),
                refused(
                        "more than the stock",
                        f -> f.buying(f.units(4)),
                        CheckoutRefused.class,
                        "error.checkout.SOLD_OUT"),
                refused(
                        "more than the per-order limit",
                        f -> f.buying(f.units(3)),
                        CheckoutRefused.class,
                        "error.checkout.OVER_LIMIT"),
                refused(
                        "an unknown SKU",
                        f -> f.buying(new PlaceOrder.Item(UUID.randomUUID(), 1, null)),
                        CheckoutRefused.class,
                        "error.checkout.UNKNOWN"),
                refused(
                        "the same SKU on two lines",
                        f -> f.buying(f.units(1), f.units(1)),
                        RuleViolated.class,
                        "error.checkout.duplicateSku"),
                refused("no items", Fixture::buying, RuleViolated.class, "error.checkout.empty"),
                refused(
                        "a negative expected price",
                        f -> f.buying(new PlaceOrder.Item(sku(f.product()), 1, -1L)),
                        RuleViolated.class,
                        "error.checkout.price"),
                refused(
                        "a withdrawn product beside one on sale",
                        f -> f.buying(line(f.other(), 1), line(f.withdrawn(), 1)),
                        CheckoutRefused.class,
                        "error.checkout.UNAVAILABLE"),
                refused(
                        "another shopper's address",
                        f -> f.without(f.strangersAddress(), DeliveryOption.STANDARD, PaymentMethod.ALIPAY),
                        NotFound.class,
                        "address.error.notFound"),
                refused(
                        "no address",
                        f -> f.without(null, DeliveryOption.STANDARD, PaymentMethod.ALIPAY),
                        RuleViolated.class,
                        "error.checkout.address"),
                refused(
                        "no delivery option",
                        f -> f.without(f.shopper().addressId(), null, PaymentMethod.ALIPAY),
                        RuleViolated.class,
                        "error.checkout.delivery"),
                refused(
                        "no payment method",
                        f -> f.without(f.shopper().addressId(), DeliveryOption.STANDARD, null),
                        RuleViolated.class,
                        "error.checkout.paymentMethod"),
                refused(
                        "no checkout id",
                        f -> new PlaceOrder(
                                null,
                                CheckoutOrigin.BUY_NOW,
                                List.of(f.units(1)),
                                f.shopper().addressId(),
                                DeliveryOption.STANDARD,
                                PaymentMethod.ALIPAY),
                        RuleViolated.class,
                        "error.checkout.incomplete"));
    }

    private static Arguments refused(
            String what,
            Function<Fixture, PlaceOrder> command,
            Class<? extends DomainException> refusal,
            String messageKey) {
        return Arguments.of(what, command, refusal, messageKey);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedCheckouts")
    void a_malformed_checkout_is_refused_and_writes_nothing(
            String what,
            Function<Fixture, PlaceOrder> command,
            Class<? extends DomainException> refusal,
            String messageKey) {
        Shop shop = newShop();
        ProductDetails withdrawn = product(shop, 1_500, 5);
        run(shop.email(), () -> testCatalog.unpublish(withdrawn.id()));
        Fixture fixture = new Fixture(
                newShopper(),
                product(shop, 2_000, 3, 2, false),
                product(shop, 3_000, 5),
                withdrawn,
                newShopper().addressId());
        PlaceOrder checkout = command.apply(fixture);

        assertThatExceptionOfType(refusal)
                .as(what)
                .isThrownBy(() -> place(fixture.shopper(), checkout))
                .extracting(DomainException::messageKey)
                .isEqualTo(messageKey);

        assertThat(as(fixture.shopper().email(), () -> queries.countMine(OrderTab.ALL)))
                .isZero();
        if (checkout.checkoutId() != null) {
            assertThatExceptionOfType(NotFound.class)
                    .isThrownBy(() -> as(fixture.shopper().email(), () -> queries.myCheckout(checkout.checkoutId())));
        }
        assertThat(List.of(stockOf(fixture.product()), stockOf(fixture.other()), stockOf(withdrawn)))
                .containsExactly(3, 5, 5);
    }
}
