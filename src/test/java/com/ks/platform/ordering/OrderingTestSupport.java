package com.ks.platform.ordering;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.TestMerchants;
import com.ks.platform.cart.CartDetails;
import com.ks.platform.cart.CartQueries;
import com.ks.platform.cart.CartService;
import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.NewProduct;
import com.ks.platform.catalog.ProductArt;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.ProductService;
import com.ks.platform.catalog.TestCatalog;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.AddressForm;
import com.ks.platform.identity.AddressService;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.merchant.BusinessCategory;
import com.ks.platform.shared.Ids;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Shops, products, shoppers and orders of each test's own: every shop is a new merchant approved by the compliance
 * officer, every product is new, so no test sees another's orders or relies on demo shops and their stock.
 */
abstract class OrderingTestSupport extends KsIntegrationTest {

    /** The officer account that approves shops (as in the merchant module's tests). */
    private static final String OFFICER = "compliance@ks.demo";

    @Autowired
    OrderingService ordering;

    @Autowired
    OrderQueries queries;

    @Autowired
    OrderPayments payments;

    @Autowired
    DevPayments devPayments;

    @Autowired
    OrderFulfilment fulfilment;

    @Autowired
    OrderTimeouts timeouts;

    @Autowired
    SimulatedCarrierFeed carrierFeed;

    @Autowired
    CatalogQueries catalog;

    @Autowired
    TestCatalog testCatalog;

    @Autowired
    CartService cart;

    @Autowired
    CartQueries cartQueries;

    @Autowired
    private ProductService products;

    @Autowired
    private AccountService accounts;

    @Autowired
    AddressService addresses;

    @Autowired
    private ApplicationContext context;

    record Shop(UUID id, String email, String storeName) {}

    record Shopper(String email, UUID addressId) {}

    /** A new merchant, approved and trading, with its own store name. */
    Shop newShop() {
        var merchants = new TestMerchants(context, this::actAs);
        try {
            var created = merchants.approved(BusinessCategory.BOOKS, OFFICER);
            return new Shop(created.id(), created.email(), created.storeName());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A new shopper with one (default) address in Hangzhou, not signed in. */
    Shopper newShopper() {
        String email = uniqueEmail("buyer");
        accounts.registerShopper(new RegisterShopper(email, "买家", "good password 2026", true, false));
        UUID addressId = as(
                email,
                () -> addresses
                        .add(new AddressForm("张三", "13800138000", "330000", "330100", "330106", "文三路 90 号", true))
                        .id());
        return new Shopper(email, addressId);
    }

    /** A published product of the shop with one SKU (颜色: 黑色); standard shipping charged unless it ships free. */
    ProductDetails product(Shop shop, long priceFen, int stock, int perOrderLimit, boolean freeShipping) {
        String code = Ids.newId().toString().substring(24);
        return as(shop.email(), () -> {
            UUID id = products.create(new NewProduct(
                    "PHONE",
                    "订单测试商品 " + code,
                    null,
                    null,
                    "<p>测试商品</p>",
                    List.of(ProductArt.ref("PHONE", "1f2937")),
                    "颜色",
                    null,
                    List.of(new NewProduct.NewSku("O" + code, "黑色", null, priceFen, stock, null)),
                    perOrderLimit,
                    true,
                    null,
                    freeShipping));
            products.publish(id);
            return catalog.product(id).orElseThrow();
        });
    }

    ProductDetails product(Shop shop, long priceFen, int stock) {
        return product(shop, priceFen, stock, 10, false);
    }

    static UUID sku(ProductDetails product) {
        return product.skus().getFirst().id();
    }

    /** A line at the price the shopper was shown (the product's price when it was read). */
    static PlaceOrder.Item line(ProductDetails product, int quantity) {
        return new PlaceOrder.Item(
                sku(product), quantity, product.skus().getFirst().priceFen());
    }

    static PlaceOrder buyNow(Shopper shopper, PlaceOrder.Item... items) {
        return checkout(shopper, CheckoutOrigin.BUY_NOW, DeliveryOption.STANDARD, items);
    }

    static PlaceOrder checkout(
            Shopper shopper, CheckoutOrigin origin, DeliveryOption delivery, PlaceOrder.Item... items) {
        return new PlaceOrder(
                Ids.newId(), origin, Arrays.asList(items), shopper.addressId(), delivery, PaymentMethod.ALIPAY);
    }

    PlacedCheckout place(Shopper shopper, PlaceOrder command) {
        return as(shopper.email(), () -> ordering.place(command));
    }

    /** One order of {@code quantity} units of the product, bought now with standard delivery. */
    UUID order(Shopper shopper, ProductDetails product, int quantity) {
        return place(shopper, buyNow(shopper, line(product, quantity)))
                .orderIds()
                .getFirst();
    }

    OrderDetails details(Shopper shopper, UUID orderId) {
        return as(shopper.email(), () -> queries.myOrder(orderId));
    }

    OrderStatus status(Shopper shopper, UUID orderId) {
        return details(shopper, orderId).status();
    }

    CartDetails cartOf(Shopper shopper) {
        return as(shopper.email(), cartQueries::myCart);
    }

    /** Pays the order's checkout through the sandbox action, as its shopper. */
    void pay(Shopper shopper, UUID orderId) {
        UUID checkoutId = details(shopper, orderId).checkoutId();
        run(shopper.email(), () -> devPayments.payMyCheckout(checkoutId, PaymentMethod.ALIPAY));
    }

    /** Ships everything still open, with a new SF tracking number, as the shop. */
    UUID ship(Shop shop, UUID orderId) {
        return ship(shop, orderId, Map.of());
    }

    UUID ship(Shop shop, UUID orderId, Map<UUID, Integer> quantities) {
        return as(shop.email(), () -> fulfilment.ship(orderId, Carrier.SF, trackingNo(), quantities));
    }

    /** An order that is paid and shipped. */
    UUID shippedOrder(Shop shop, Shopper shopper, ProductDetails product) {
        UUID orderId = order(shopper, product, 1);
        pay(shopper, orderId);
        ship(shop, orderId);
        return orderId;
    }

    /** "SF" and twelve digits: the format SF Express uses, unique enough for the tracking-number constraint. */
    static String trackingNo() {
        return "SF" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L);
    }

    int stockOf(ProductDetails product) {
        return testCatalog.stockOf(sku(product));
    }
}
