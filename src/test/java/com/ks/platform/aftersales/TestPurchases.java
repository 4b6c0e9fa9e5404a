package com.ks.platform.aftersales;

import com.ks.platform.TestMerchants;
import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.NewProduct;
import com.ks.platform.catalog.ProductArt;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.ProductService;
import com.ks.platform.catalog.ReturnExclusion;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.AddressForm;
import com.ks.platform.identity.AddressQueries;
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
import com.ks.platform.payment.SandboxDemoPayments;
import com.ks.platform.shared.Ids;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Shops, shoppers and orders of a test's own, paid through the sandbox provider so refunds are real; for the service,
 * page, API and browser tests of after-sales alike.
 */
public final class TestPurchases {

    public static final String SHOPPER_PASSWORD = "good password 2026";
    /** The password of shops made by {@link TestMerchants}. */
    public static final String SHOP_PASSWORD = "good password 1";

    private static final String OFFICER = "compliance@ks.demo";

    private final ApplicationContext context;
    private final Consumer<String> actAs;

    public TestPurchases(ApplicationContext context, Consumer<String> actAs) {
        this.context = context;
        this.actAs = actAs;
    }

    /** A shop (owner's e-mail), its product, the buyer's e-mail, the order and its one line. */
    public record Purchase(String shopper, String shop, ProductDetails product, UUID orderId, OrderDetails.Line line) {}

    public String newShop() {
        try {
            return new TestMerchants(context, actAs)
                    .approved(BusinessCategory.BOOKS, OFFICER)
                    .email();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public String newShopper() {
        String email = "as-buyer-" + UUID.randomUUID().toString().substring(0, 8) + "@test.ks";
        bean(AccountService.class).registerShopper(new RegisterShopper(email, "售后买家", SHOPPER_PASSWORD, true, false));
        as(
                email,
                () -> bean(AddressService.class)
                        .add(new AddressForm("张三", "13800138000", "330000", "330100", "330106", "文三路 90 号", true)));
        return email;
    }

    /** A published product of the shop at the price, 10 in stock; returnable in 7 days unless an exclusion is given. */
    public ProductDetails product(String shop, long priceFen, ReturnExclusion exclusion) {
        String code = Ids.newId().toString().substring(24);
        ProductService products = bean(ProductService.class);
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
            return bean(CatalogQueries.class).product(id).orElseThrow();
        });
    }

    /** Placed and paid through the sandbox provider (not yet shipped). */
    public Purchase paid(int quantity, ReturnExclusion exclusion) {
        String shop = newShop();
        String shopper = newShopper();
        ProductDetails product = product(shop, 5_000, exclusion);
        var sku = product.skus().getFirst();
        UUID orderId = as(shopper, () -> {
            var placed = bean(OrderingService.class)
                    .place(new PlaceOrder(
                            UUID.randomUUID(),
                            CheckoutOrigin.BUY_NOW,
                            List.of(new PlaceOrder.Item(sku.id(), quantity, sku.priceFen())),
                            bean(AddressQueries.class).myDefault().orElseThrow().id(),
                            DeliveryOption.STANDARD,
                            PaymentMethod.ALIPAY));
            bean(SandboxDemoPayments.class).pay(placed.checkoutId(), PaymentMethod.ALIPAY);
            return placed.orderIds().getFirst();
        });
        OrderDetails.Line line = as(shopper, () -> bean(OrderQueries.class).myOrder(orderId))
                .lines()
                .getFirst();
        return new Purchase(shopper, shop, product, orderId, line);
    }

    public Purchase shipped(int quantity, ReturnExclusion exclusion) {
        Purchase paid = paid(quantity, exclusion);
        as(paid.shop(), () -> bean(OrderFulfilment.class).ship(paid.orderId(), Carrier.SF, trackingNo(), Map.of()));
        return paid;
    }

    /** Paid, shipped and received (the shopper confirmed it): delivered just now. */
    public Purchase delivered(int quantity, ReturnExclusion exclusion) {
        Purchase shipped = shipped(quantity, exclusion);
        as(shipped.shopper(), () -> {
            bean(OrderingService.class).confirmReceipt(shipped.orderId());
            return null;
        });
        return shipped;
    }

    public static String trackingNo() {
        return "SF" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L);
    }

    /** Runs the action as the account and puts the caller's security context back. */
    public <T> T as(String email, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        actAs.accept(email);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
