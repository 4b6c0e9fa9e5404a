package com.ks.platform.web.demo;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.ProductService;
import com.ks.platform.catalog.Sku;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.AddressForm;
import com.ks.platform.identity.AddressQueries;
import com.ks.platform.identity.AddressService;
import com.ks.platform.identity.Role;
import com.ks.platform.ordering.Carrier;
import com.ks.platform.ordering.CheckoutOrigin;
import com.ks.platform.ordering.DeliveryOption;
import com.ks.platform.ordering.OrderFulfilment;
import com.ks.platform.ordering.OrderPayments;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlaceOrder;
import com.ks.platform.ordering.PlacedCheckout;
import com.ks.platform.payment.PaymentService;
import com.ks.platform.payment.SandboxDemoPayments;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The demo shopper's orders, made through the ordering services as the shopper, the sandbox payments and the
 * merchant would: one completed, one on its way (the simulated carrier moves it along), one waiting to be shipped and
 * one waiting for payment. Paid orders feed "hot now" like real sales.
 */
@Component
class DemoOrders {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountQueries accounts;
    private final AddressQueries addressQueries;
    private final AddressService addresses;
    private final ProductService products;
    private final CatalogQueries catalog;
    private final OrderingService ordering;
    private final SandboxDemoPayments payments;
    private final OrderPayments orderPayments;
    private final OrderFulfilment fulfilment;
    private final PaymentService paymentService;

    DemoOrders(
            AccountQueries accounts,
            AddressQueries addressQueries,
            AddressService addresses,
            ProductService products,
            CatalogQueries catalog,
            OrderingService ordering,
            SandboxDemoPayments payments,
            OrderPayments orderPayments,
            OrderFulfilment fulfilment,
            PaymentService paymentService) {
        this.accounts = accounts;
        this.addressQueries = addressQueries;
        this.addresses = addresses;
        this.products = products;
        this.catalog = catalog;
        this.ordering = ordering;
        this.payments = payments;
        this.orderPayments = orderPayments;
        this.fulfilment = fulfilment;
        this.paymentService = paymentService;
    }

    void load(String shopperEmail, String shopperName, String merchantEmail) {
        UUID shopper = accounts.findByEmail(shopperEmail).orElseThrow();
        UUID merchant = accounts.findByEmail(merchantEmail).orElseThrow();
        List<Sku> skus = stockedProducts(products, catalog, merchant, merchantEmail, 4).stream()
                .map(DemoOrders::stockedSku)
                .toList();
        if (skus.size() < 4) {
            return;
        }
        List<UUID> checkouts = DemoDataSeeder.runAs(shopper, shopperName, Set.of(Role.SHOPPER), () -> {
            UUID address = addressQueries
                    .myDefault()
                    .map(a -> a.id())
                    .orElseGet(() -> addresses
                            .add(new AddressForm(
                                    shopperName,
                                    "13800138000",
                                    "330000",
                                    "330100",
                                    "330106",
                                    "文三路 478 号华星时代广场 A 座 1203 室",
                                    true))
                            .id());
            return skus.stream().map(sku -> place(sku, address)).toList();
        });
        // the first three are paid (Alipay, so one-click buy knows the shopper's method); the last one waits
        DemoDataSeeder.runAs(shopper, shopperName, Set.of(Role.SHOPPER), () -> {
            for (int i = 0; i < 3; i++) {
                payments.pay(checkouts.get(i), PaymentMethod.ALIPAY);
            }
            return null;
        });
        DemoDataSeeder.runAs(merchant, merchantEmail, Set.of(Role.MERCHANT), () -> {
            fulfilment.ship(orderOf(checkouts.get(0)), Carrier.SF, sfTrackingNo(), Map.of());
            fulfilment.ship(orderOf(checkouts.get(1)), Carrier.ZTO, "73" + digits(12), Map.of());
            return null;
        });
        DemoDataSeeder.runAs(shopper, shopperName, Set.of(Role.SHOPPER), () -> {
            ordering.confirmReceipt(orderOf(checkouts.get(0)));
            return null;
        });
    }

    /**
     * 先用后付 for a shopper with paid orders (their limit comes from them): the cheapest of the shop's products from
     * ¥99 paid later in one go, and the next from ¥300 in 6 installments.
     */
    void payOnCredit(String shopperEmail, String shopperName, String merchantEmail) {
        UUID shopper = accounts.findByEmail(shopperEmail).orElseThrow();
        UUID merchant = accounts.findByEmail(merchantEmail).orElseThrow();
        List<Sku> affordable = DemoDataSeeder.runAs(
                merchant,
                merchantEmail,
                Set.of(Role.MERCHANT),
                () -> products.mine(0, 50).stream()
                        .flatMap(p -> catalog.product(p.id()).stream())
                        .flatMap(p -> p.skus().stream())
                        .filter(s -> s.stock() >= 5 && s.priceFen() >= 9_900 && s.priceFen() <= 100_000)
                        .sorted(java.util.Comparator.comparingLong(Sku::priceFen))
                        .toList());
        Sku later = affordable.stream().findFirst().orElse(null);
        Sku inInstallments = affordable.stream()
                .filter(s -> s.priceFen() >= 30_000 && s != later)
                .findFirst()
                .orElse(null);
        if (later == null || inInstallments == null) {
            return;
        }
        DemoDataSeeder.runAs(shopper, shopperName, Set.of(Role.SHOPPER), () -> {
            UUID address = addressQueries.myDefault().orElseThrow().id();
            paymentService.payWithCredit(place(later, address), 1);
            paymentService.payWithCredit(place(inInstallments, address), 6);
            return null;
        });
    }

    private UUID place(Sku sku, UUID address) {
        return buyNow(ordering, sku, address).checkoutId();
    }

    /** One unit bought now, standard delivery, to be paid by Alipay (as the signed-in shopper). */
    static PlacedCheckout buyNow(OrderingService ordering, Sku sku, UUID address) {
        return ordering.place(new PlaceOrder(
                UUID.randomUUID(),
                CheckoutOrigin.BUY_NOW,
                List.of(new PlaceOrder.Item(sku.id(), 1, sku.priceFen())),
                address,
                DeliveryOption.STANDARD,
                PaymentMethod.ALIPAY));
    }

    private final Map<UUID, UUID> orderOfCheckout = new java.util.HashMap<>();

    private UUID orderOf(UUID checkoutId) {
        return orderOfCheckout.computeIfAbsent(
                checkoutId, id -> orderPayments.orderIds(id).getFirst());
    }

    /** Up to {@code limit} of the merchant's products with a SKU that has at least 5 in stock, for demo purchases. */
    static List<ProductDetails> stockedProducts(
            ProductService products, CatalogQueries catalog, UUID merchant, String merchantEmail, int limit) {
        return DemoDataSeeder.runAs(
                merchant,
                merchantEmail,
                Set.of(Role.MERCHANT),
                () -> products.mine(0, 20).stream()
                        .flatMap(p -> catalog.product(p.id()).stream())
                        .filter(p -> p.skus().stream().anyMatch(s -> s.stock() >= 5))
                        .limit(limit)
                        .toList());
    }

    static Sku stockedSku(ProductDetails product) {
        return product.skus().stream().filter(s -> s.stock() >= 5).findFirst().orElseThrow();
    }

    /** A tracking number in SF Express's format (SF and 12 digits). */
    static String sfTrackingNo() {
        return "SF" + digits(12);
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.toString();
    }
}
