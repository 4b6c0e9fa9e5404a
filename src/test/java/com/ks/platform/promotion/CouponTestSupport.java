package com.ks.platform.promotion;

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
import com.ks.platform.ordering.BenefitChoice;
import com.ks.platform.ordering.CheckoutOrigin;
import com.ks.platform.ordering.CheckoutQuote;
import com.ks.platform.ordering.CheckoutQuotes;
import com.ks.platform.ordering.DeliveryOption;
import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlaceOrder;
import com.ks.platform.ordering.PlacedCheckout;
import com.ks.platform.shared.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Shops, products, shoppers and coupons of each test's own, and checkouts with coupons. */
abstract class CouponTestSupport extends KaribuTest {

    static final String OFFICER = "compliance@ks.demo";
    static final String ADMIN = "admin@ks.demo";

    @Autowired
    ApplicationContext context;

    @Autowired
    CouponTemplates templates;

    @Autowired
    CouponService coupons;

    @Autowired
    CatalogQueries catalog;

    @Autowired
    ProductService products;

    @Autowired
    AccountService accounts;

    @Autowired
    AddressService addresses;

    @Autowired
    CheckoutQuotes quotes;

    @Autowired
    OrderingService ordering;

    @Autowired
    OrderQueries orders;

    record Shop(UUID id, String email, String storeName) {}

    record Buyer(String email, UUID addressId) {}

    Shop newShop() {
        try {
            var created = new TestMerchants(context, this::actAs).approved(BusinessCategory.BOOKS, OFFICER);
            return new Shop(created.id(), created.email(), created.storeName());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    Buyer newBuyer() {
        var buyer = new TestBuyers(context, this::actAs).registered("coupons", "王买家", "王五");
        return new Buyer(buyer.email(), buyer.addressId());
    }

    /** A published PHONE product with one SKU at the price; standard shipping is charged unless it ships free. */
    ProductDetails product(Shop shop, long priceFen, boolean freeShipping) {
        String code = Ids.newId().toString().substring(24);
        return as(shop.email(), () -> {
            UUID id = products.create(new NewProduct(
                    "PHONE",
                    "优惠券测试商品 " + code,
                    null,
                    null,
                    "<p>测试商品</p>",
                    List.of(ProductArt.ref("PHONE", "1f2937")),
                    "颜色",
                    null,
                    List.of(new NewProduct.NewSku("C" + code, "黑色", null, priceFen, 100, null)),
                    10,
                    true,
                    null,
                    freeShipping));
            products.publish(id);
            return catalog.product(id).orElseThrow();
        });
    }

    /** Claimable from an hour ago for a month, 100 of them, one per person, for all of the issuer's goods. */
    static NewCouponTemplate amountOff(String name, long thresholdFen, long offFen) {
        return terms(name, CouponKind.AMOUNT_OFF, thresholdFen, offFen, null, null);
    }

    static NewCouponTemplate terms(
            String name, CouponKind kind, long thresholdFen, Long offFen, Integer percent, Long capFen) {
        Instant now = Instant.now();
        return new NewCouponTemplate(
                name,
                kind,
                thresholdFen,
                offFen,
                percent,
                capFen,
                CouponScope.ALL,
                null,
                null,
                now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(30)),
                null,
                100,
                1,
                false);
    }

    UUID shopCoupon(Shop shop, NewCouponTemplate template) {
        return as(shop.email(), () -> templates.createShopCoupon(template));
    }

    UUID platformCoupon(NewCouponTemplate template) {
        return as(ADMIN, () -> templates.createPlatformCoupon(template));
    }

    UUID claim(Buyer buyer, UUID templateId) {
        return as(buyer.email(), () -> coupons.claim(templateId));
    }

    static PlaceOrder.Item line(ProductDetails product, int quantity) {
        var sku = product.skus().getFirst();
        return new PlaceOrder.Item(sku.id(), quantity, sku.priceFen());
    }

    CheckoutQuote quote(Buyer buyer, BenefitChoice choice, PlaceOrder.Item... items) {
        return as(buyer.email(), () -> quotes.quote(List.of(items), DeliveryOption.STANDARD, choice));
    }

    PlaceOrder checkout(Buyer buyer, Set<UUID> couponIds, PlaceOrder.Item... items) {
        return new PlaceOrder(
                Ids.newId(),
                CheckoutOrigin.BUY_NOW,
                List.of(items),
                buyer.addressId(),
                DeliveryOption.STANDARD,
                PaymentMethod.ALIPAY,
                Map.of(),
                couponIds);
    }

    PlacedCheckout place(Buyer buyer, Set<UUID> couponIds, PlaceOrder.Item... items) {
        return as(buyer.email(), () -> ordering.place(checkout(buyer, couponIds, items)));
    }

    OrderDetails order(Buyer buyer, UUID orderId) {
        return as(buyer.email(), () -> orders.myOrder(orderId));
    }

    /** The buyer's coupons in the tab, without the demo's new-user gift every new shopper receives. */
    List<MyCoupon> mine(Buyer buyer, CouponTab tab) {
        return as(buyer.email(), () -> coupons.mine(tab, 0, 50)).stream()
                .filter(c -> !c.terms().newUserGift())
                .toList();
    }

    /** The buyer's usable coupon of the template. */
    UUID couponOf(Buyer buyer, UUID templateId) {
        return mine(buyer, CouponTab.USABLE).stream()
                .filter(c -> c.terms().id().equals(templateId))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
