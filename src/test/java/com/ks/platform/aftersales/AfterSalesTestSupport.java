package com.ks.platform.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KaribuTest;
import com.ks.platform.TestMerchants;
import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.NewProduct;
import com.ks.platform.catalog.ProductArt;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.ProductService;
import com.ks.platform.catalog.ReturnExclusion;
import com.ks.platform.catalog.TestCatalog;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.AddressForm;
import com.ks.platform.identity.AddressService;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.merchant.BusinessCategory;
import com.ks.platform.ordering.Carrier;
import com.ks.platform.ordering.CheckoutOrigin;
import com.ks.platform.ordering.DeliveryOption;
import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ordering.OrderFulfilment;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlaceOrder;
import com.ks.platform.payment.PaymentService;
import com.ks.platform.payment.SandboxDemoPayments;
import com.ks.platform.shared.Ids;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Shops, shoppers and orders of each test's own, paid through the sandbox provider so refunds are real. */
abstract class AfterSalesTestSupport extends KaribuTest {

    static final String OFFICER = "compliance@ks.demo";

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    AddressService addresses;

    @Autowired
    com.ks.platform.identity.AddressQueries addressQueries;

    @Autowired
    ProductService products;

    @Autowired
    CatalogQueries catalog;

    @Autowired
    TestCatalog testCatalog;

    @Autowired
    OrderingService ordering;

    @Autowired
    OrderQueries orders;

    @Autowired
    OrderFulfilment fulfilment;

    @Autowired
    SandboxDemoPayments sandboxPayments;

    @Autowired
    PaymentService payments;

    @Autowired
    AfterSalesService service;

    @Autowired
    AfterSalesQueries queries;

    @Autowired
    AfterSalesRefunds refunds;

    @Autowired
    AfterSalesDeadlines deadlines;

    record Purchase(String shopper, String shop, ProductDetails product, UUID orderId, OrderDetails.Line line) {}

    String newShop() {
        try {
            return new TestMerchants(context, this::actAs)
                    .approved(BusinessCategory.BOOKS, OFFICER)
                    .email();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    String newShopper() {
        String email = uniqueEmail("as-buyer");
        accounts.registerShopper(new RegisterShopper(email, "售后买家", "good password 2026", true, false));
        as(
                email,
                () -> addresses.add(
                        new AddressForm("张三", "13800138000", "330000", "330100", "330106", "文三路 90 号", true)));
        return email;
    }

    /** A published product of the shop at the price, 10 in stock; returnable in 7 days unless an exclusion is given. */
    ProductDetails product(String shop, long priceFen, ReturnExclusion exclusion) {
        String code = Ids.newId().toString().substring(24);
        return as(shop, () -> {
            UUID id = products.create(new NewProduct(
                    "PHONE",
                    "售后测试商品 " + code,
                    null,
                    null,
                    "<p>测试商品</p>",
                    List.of(ProductArt.ref("PHONE", "1f2937")),
                    "颜色",
                    null,
                    List.of(new NewProduct.NewSku("A" + code, "黑色", null, priceFen, 10, null)),
                    10,
                    exclusion == null,
                    exclusion,
                    true));
            products.publish(id);
            return catalog.product(id).orElseThrow();
        });
    }

    /** Placed and paid through the sandbox provider (not yet shipped). */
    Purchase paid(int quantity, ReturnExclusion exclusion) {
        String shop = newShop();
        String shopper = newShopper();
        ProductDetails product = product(shop, 5_000, exclusion);
        var sku = product.skus().getFirst();
        UUID orderId = as(shopper, () -> {
            var placed = ordering.place(new PlaceOrder(
                    UUID.randomUUID(),
                    CheckoutOrigin.BUY_NOW,
                    List.of(new PlaceOrder.Item(sku.id(), quantity, sku.priceFen())),
                    addressQueries.myDefault().orElseThrow().id(),
                    DeliveryOption.STANDARD,
                    PaymentMethod.ALIPAY));
            sandboxPayments.pay(placed.checkoutId(), PaymentMethod.ALIPAY);
            return placed.orderIds().getFirst();
        });
        return purchase(shopper, shop, product, orderId);
    }

    Purchase shipped(int quantity, ReturnExclusion exclusion) {
        Purchase paid = paid(quantity, exclusion);
        as(paid.shop(), () -> fulfilment.ship(paid.orderId(), Carrier.SF, trackingNo(), Map.of()));
        return paid;
    }

    /** Paid, shipped and received (the shopper confirmed it): delivered just now. */
    Purchase delivered(int quantity, ReturnExclusion exclusion) {
        Purchase shipped = shipped(quantity, exclusion);
        as(shipped.shopper(), () -> {
            ordering.confirmReceipt(shipped.orderId());
            return null;
        });
        return shipped;
    }

    Purchase delivered(int quantity) {
        return delivered(quantity, null);
    }

    private Purchase purchase(String shopper, String shop, ProductDetails product, UUID orderId) {
        OrderDetails.Line line =
                as(shopper, () -> orders.myOrder(orderId)).lines().getFirst();
        return new Purchase(shopper, shop, product, orderId, line);
    }

    UUID apply(Purchase purchase, CaseReason reason, int quantity) {
        return as(
                purchase.shopper(),
                () -> service.apply(
                        new ApplyCase(purchase.orderId(), purchase.line().id(), reason, "测试", quantity)));
    }

    CaseDetails caseOf(Purchase purchase, UUID caseId) {
        return as(purchase.shopper(), () -> queries.myCase(caseId));
    }

    CaseState stateOf(Purchase purchase, UUID caseId) {
        return caseOf(purchase, caseId).state();
    }

    /** Waits for the refund carried out after commit (the listener runs on its own thread). */
    void awaitState(Purchase purchase, UUID caseId, CaseState expected) throws InterruptedException {
        for (int i = 0; i < 100 && stateOf(purchase, caseId) != expected; i++) {
            Thread.sleep(100);
        }
        assertThat(stateOf(purchase, caseId)).isEqualTo(expected);
    }

    static String trackingNo() {
        return "SF" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L);
    }

    int stockOf(ProductDetails product) {
        return testCatalog.stockOf(product.skus().getFirst().id());
    }

    <T> T as(String email, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        actAs(email);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    void run(String email, Runnable action) {
        as(email, () -> {
            action.run();
            return null;
        });
    }
}
