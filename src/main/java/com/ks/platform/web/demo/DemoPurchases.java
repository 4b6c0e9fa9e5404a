package com.ks.platform.web.demo;

import com.ks.platform.catalog.Sku;
import com.ks.platform.identity.AddressQueries;
import com.ks.platform.identity.Role;
import com.ks.platform.ordering.Carrier;
import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ordering.OrderFulfilment;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.payment.SandboxDemoPayments;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A demo shopper buys one unit now (Alipay, to their default address), the shop ships it by SF, the shopper signs. */
@Component
class DemoPurchases {

    private final AddressQueries addresses;
    private final OrderingService ordering;
    private final OrderQueries orders;
    private final SandboxDemoPayments payments;
    private final OrderFulfilment fulfilment;

    DemoPurchases(
            AddressQueries addresses,
            OrderingService ordering,
            OrderQueries orders,
            SandboxDemoPayments payments,
            OrderFulfilment fulfilment) {
        this.addresses = addresses;
        this.ordering = ordering;
        this.orders = orders;
        this.payments = payments;
        this.fulfilment = fulfilment;
    }

    /** The received order, as its shopper reads it. */
    OrderDetails received(UUID shopper, String shopperName, UUID merchant, String merchantEmail, Sku sku) {
        OrderDetails order = DemoDataSeeder.runAs(shopper, shopperName, Set.of(Role.SHOPPER), () -> {
            UUID address = addresses.myDefault().orElseThrow().id();
            var placed = DemoOrders.buyNow(ordering, sku, address);
            payments.pay(placed.checkoutId(), PaymentMethod.ALIPAY);
            return orders.myOrder(placed.orderIds().getFirst());
        });
        DemoDataSeeder.runAs(
                merchant,
                merchantEmail,
                Set.of(Role.MERCHANT),
                () -> fulfilment.ship(order.id(), Carrier.SF, DemoOrders.sfTrackingNo(), Map.of()));
        return DemoDataSeeder.runAs(shopper, shopperName, Set.of(Role.SHOPPER), () -> {
            ordering.confirmReceipt(order.id());
            return orders.myOrder(order.id());
        });
    }
}
