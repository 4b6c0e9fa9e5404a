package com.ks.platform.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.TestMerchants;
import com.ks.platform.merchant.BusinessCategory;
import com.ks.platform.ordering.CheckoutOrigin;
import com.ks.platform.ordering.DeliveryOption;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlaceOrder;
import com.ks.platform.ordering.PlacedCheckout;
import com.ks.platform.shared.BusinessTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Shops of each test's own (new approved merchants), with paid orders of products in the categories asked for. */
abstract class SettlementTestSupport extends PaymentTestSupport {

    private static final String OFFICER = "compliance@ks.demo";

    @Autowired
    ApplicationContext context;

    record Shop(UUID id, String email) {}

    /** A line to order: a new product of the shop in a sub-category, at a price. */
    record Item(String category, long priceFen) {}

    /** A new merchant, approved and trading. */
    Shop newShop() {
        var merchants = new TestMerchants(context, this::actAs);
        try {
            var created = merchants.approved(BusinessCategory.BOOKS, OFFICER);
            return new Shop(created.id(), created.email());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** One order of the shop with one of each item, paid (reconciled after a missed notification). */
    UUID paidOrder(Shop shop, Item... items) {
        String shopper = newShopper();
        PlacedCheckout placed = placedOrder(shopper, shop, items);
        PaymentDetails payment = start(shopper, placed.checkoutId(), PaymentMethod.ALIPAY);
        sandbox.approveWithoutNotifying(chargeOf(payment));
        assertThat(reconciliation.reconcile(payment.id())).isTrue();
        return placed.orderIds().getFirst();
    }

    /** One order of the shop with one of each item, placed by the shopper and not paid. */
    PlacedCheckout placedOrder(String shopper, Shop shop, Item... items) {
        List<PlaceOrder.Item> lines = Arrays.stream(items)
                .map(item -> as(
                        shop.email(),
                        () -> catalog.publishIn(item.category(), "结算商品" + item.priceFen(), 10, 50, item.priceFen())))
                .map(product -> new PlaceOrder.Item(
                        product.skus().getFirst().id(),
                        1,
                        product.skus().getFirst().priceFen()))
                .toList();
        return as(
                shopper,
                () -> ordering.place(new PlaceOrder(
                        UUID.randomUUID(),
                        CheckoutOrigin.BUY_NOW,
                        lines,
                        addressQueries.mine().getFirst().id(),
                        DeliveryOption.STANDARD,
                        PaymentMethod.ALIPAY)));
    }

    static YearMonth thisMonth() {
        return YearMonth.now(BusinessTime.ZONE);
    }
}
