package com.ks.platform.review;

import com.ks.platform.KaribuTest;
import com.ks.platform.TestBuyers;
import com.ks.platform.TestMerchants;
import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.NewProduct;
import com.ks.platform.catalog.ProductArt;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.ProductService;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.AddressService;
import com.ks.platform.merchant.BusinessCategory;
import com.ks.platform.ordering.Carrier;
import com.ks.platform.ordering.CheckoutOrigin;
import com.ks.platform.ordering.DeliveryOption;
import com.ks.platform.ordering.DevPayments;
import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ordering.OrderFulfilment;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlaceOrder;
import com.ks.platform.shared.Ids;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** A shop, a product and buyers of each test's own, with orders taken as far as the test needs (paid, delivered). */
abstract class ReviewTestSupport extends KaribuTest {

    private static final String OFFICER = "compliance@ks.demo";

    @Autowired
    ApplicationContext context;

    @Autowired
    ReviewService reviews;

    @Autowired
    ReviewQueries queries;

    @Autowired
    CatalogQueries catalog;

    @Autowired
    ProductService products;

    @Autowired
    AccountService accounts;

    @Autowired
    AddressService addresses;

    @Autowired
    OrderingService ordering;

    @Autowired
    OrderQueries orders;

    @Autowired
    DevPayments payments;

    @Autowired
    OrderFulfilment fulfilment;

    record Shop(UUID id, String email, String storeName) {}

    record Buyer(String email, UUID addressId) {}

    /** An order of one product, and its line. */
    record Bought(UUID orderId, UUID lineId) {}

    Shop newShop() {
        try {
            var created = new TestMerchants(context, this::actAs).approved(BusinessCategory.BOOKS, OFFICER);
            return new Shop(created.id(), created.email(), created.storeName());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    Buyer newBuyer() {
        var buyer = new TestBuyers(context, this::actAs).registered("reviewer", "李买家", "李四");
        return new Buyer(buyer.email(), buyer.addressId());
    }

    ProductDetails newProduct(Shop shop) {
        return newProduct(shop, "评价测试商品");
    }

    /** A published product titled with the given words and a unique code, ¥50, free shipping. */
    ProductDetails newProduct(Shop shop, String words) {
        String code = Ids.newId().toString().substring(24);
        return as(shop.email(), () -> {
            UUID id = products.create(new NewProduct(
                    "PHONE",
                    words + " " + code,
                    null,
                    null,
                    "<p>测试商品</p>",
                    List.of(ProductArt.ref("PHONE", "1f2937")),
                    "颜色",
                    null,
                    List.of(new NewProduct.NewSku("R" + code, "黑色", null, 5_000, 100, null)),
                    10,
                    true,
                    null,
                    true));
            products.publish(id);
            return catalog.product(id).orElseThrow();
        });
    }

    /** Bought and paid, not yet shipped. */
    Bought paid(Buyer buyer, ProductDetails product) {
        var sku = product.skus().getFirst();
        UUID orderId = as(
                        buyer.email(),
                        () -> ordering.place(new PlaceOrder(
                                Ids.newId(),
                                CheckoutOrigin.BUY_NOW,
                                List.of(new PlaceOrder.Item(sku.id(), 1, sku.priceFen())),
                                buyer.addressId(),
                                DeliveryOption.STANDARD,
                                PaymentMethod.ALIPAY)))
                .orderIds()
                .getFirst();
        OrderDetails order = as(buyer.email(), () -> orders.myOrder(orderId));
        run(buyer.email(), () -> payments.payMyCheckout(order.checkoutId(), PaymentMethod.ALIPAY));
        return new Bought(orderId, order.lines().getFirst().id());
    }

    /** Bought, paid, shipped and received (the buyer confirmed receipt). */
    Bought delivered(Shop shop, Buyer buyer, ProductDetails product) {
        Bought bought = paid(buyer, product);
        String trackingNo = "SF" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L);
        run(shop.email(), () -> fulfilment.ship(bought.orderId(), Carrier.SF, trackingNo, Map.of()));
        run(buyer.email(), () -> ordering.confirmReceipt(bought.orderId()));
        return bought;
    }

    static WriteReview review(Bought bought, int stars, String body, List<byte[]> photos) {
        return new WriteReview(bought.orderId(), bought.lineId(), stars, stars, 5, 5, body, photos);
    }

    UUID write(Buyer buyer, WriteReview review) {
        return as(buyer.email(), () -> reviews.write(review));
    }

    /** The catalog learns ratings by an event after the review's transaction commits. */
    void awaitRatingCount(UUID productId, int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> catalog.product(productId).orElseThrow().ratingCount() == count);
    }
}
