package com.ks.platform.web.demo;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.ProductService;
import com.ks.platform.catalog.Sku;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.AddressQueries;
import com.ks.platform.identity.Role;
import com.ks.platform.ordering.Carrier;
import com.ks.platform.ordering.OrderFulfilment;
import com.ks.platform.ordering.OrderPayments;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.payment.SandboxDemoPayments;
import com.ks.platform.promotion.CouponKind;
import com.ks.platform.promotion.CouponScope;
import com.ks.platform.promotion.CouponTemplates;
import com.ks.platform.promotion.NewCouponTemplate;
import com.ks.platform.promotion.membership.MembershipService;
import com.ks.platform.promotion.points.PointsService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo 积分 and 会员等级, after the seeder (on ApplicationReadyEvent), through the real services: 王芳 and 赵磊 buy and
 * receive the digital shop's dearest goods until their spending makes them a 钻石 and a 黄金 member (the completions
 * earn their points and levels as for anyone); every demo shopper gets a welcome campaign, 李明 has checked in today and
 * gave a birthday; a platform coupon can be taken for points. A newly registered shopper is a 普通会员. Runs once: a
 * database that already offers a coupon for points is left alone (demo reviews earn points before this runs).
 */
@Component
@ConditionalOnProperty(name = "ks.demo.enabled", havingValue = "true")
class DemoLoyalty {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoLoyalty.class);
    private static final String MERCHANT = "merchant@ks.demo";
    private static final int MAX_ORDERS = 8;

    private final AccountQueries accounts;
    private final AddressQueries addresses;
    private final ProductService products;
    private final CatalogQueries catalog;
    private final OrderingService ordering;
    private final SandboxDemoPayments payments;
    private final OrderPayments orderPayments;
    private final OrderFulfilment fulfilment;
    private final PointsService points;
    private final MembershipService membership;
    private final CouponTemplates templates;
    private final Clock clock;

    DemoLoyalty(
            AccountQueries accounts,
            AddressQueries addresses,
            ProductService products,
            CatalogQueries catalog,
            OrderingService ordering,
            SandboxDemoPayments payments,
            OrderPayments orderPayments,
            OrderFulfilment fulfilment,
            PointsService points,
            MembershipService membership,
            CouponTemplates templates,
            Clock clock) {
        this.accounts = accounts;
        this.addresses = addresses;
        this.products = products;
        this.catalog = catalog;
        this.ordering = ordering;
        this.payments = payments;
        this.orderPayments = orderPayments;
        this.fulfilment = fulfilment;
        this.points = points;
        this.membership = membership;
        this.templates = templates;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (accounts.findByEmail("wangfang@ks.demo").isEmpty()
                || accounts.findByEmail(MERCHANT).isEmpty()
                || !as("wangfang@ks.demo", Role.SHOPPER, points::couponOffers).isEmpty()) {
            return;
        }
        try {
            spend("wangfang@ks.demo", 2_000_000);
            spend("zhaolei@ks.demo", 500_000);
        } catch (RuntimeException refused) {
            // a demo catalogue without enough stock leaves the shoppers at a lower level; the app still starts
            log.warn("Demo members could not reach their levels: {}", refused.toString());
        }
        as(
                "admin@ks.demo",
                Role.ADMIN,
                () -> points.grantCampaign(
                        "新会员见面礼", 500, List.of("shopper@ks.demo", "wangfang@ks.demo", "zhaolei@ks.demo")));
        Instant now = clock.instant();
        as("admin@ks.demo", Role.ADMIN, () -> {
            UUID coupon = templates.createPlatformCoupon(new NewCouponTemplate(
                    "积分兑换 满50减5",
                    CouponKind.AMOUNT_OFF,
                    5_000,
                    500L,
                    null,
                    null,
                    CouponScope.ALL,
                    null,
                    null,
                    now.minus(Duration.ofDays(1)),
                    now.plus(Duration.ofDays(90)),
                    30,
                    10_000,
                    5,
                    false));
            points.offerCouponForPoints(coupon, 300);
            return null;
        });
        as("shopper@ks.demo", Role.SHOPPER, () -> {
            points.checkIn();
            membership.setBirthday(LocalDate.of(1993, 6, 18));
            return null;
        });
    }

    /** Buys one each of the shop's dearest goods (paid, shipped, received) until the shopper has spent {@code fen}. */
    private void spend(String shopperEmail, long fen) {
        UUID merchant = accounts.findByEmail(MERCHANT).orElseThrow();
        List<Sku> dearest = DemoOrders.stockedProducts(products, catalog, merchant, MERCHANT, 20).stream()
                .map(DemoOrders::stockedSku)
                .sorted(Comparator.comparingLong(Sku::priceFen).reversed())
                .toList();
        long spent = 0;
        for (int i = 0; i < MAX_ORDERS && spent < fen && !dearest.isEmpty(); i++) {
            Sku sku = dearest.get(i % dearest.size());
            UUID checkout = as(shopperEmail, Role.SHOPPER, () -> {
                UUID address = addresses.myDefault().orElseThrow().id();
                UUID placed = DemoOrders.buyNow(ordering, sku, address).checkoutId();
                payments.pay(placed, PaymentMethod.ALIPAY);
                return placed;
            });
            UUID order = orderPayments.orderIds(checkout).getFirst();
            as(MERCHANT, Role.MERCHANT, () -> {
                fulfilment.ship(order, Carrier.SF, DemoOrders.sfTrackingNo(), Map.of());
                return null;
            });
            as(shopperEmail, Role.SHOPPER, () -> {
                ordering.confirmReceipt(order);
                return null;
            });
            spent += sku.priceFen();
        }
    }

    private <T> T as(String email, Role role, Supplier<T> work) {
        UUID account = accounts.findByEmail(email).orElseThrow();
        return DemoDataSeeder.runAs(account, email, Set.of(role), work);
    }
}
