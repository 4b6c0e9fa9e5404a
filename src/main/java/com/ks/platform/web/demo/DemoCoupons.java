package com.ks.platform.web.demo;

import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.Role;
import com.ks.platform.promotion.CouponKind;
import com.ks.platform.promotion.CouponScope;
import com.ks.platform.promotion.CouponService;
import com.ks.platform.promotion.CouponTemplates;
import com.ks.platform.promotion.NewCouponTemplate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo coupons, after the seeder (on ApplicationReadyEvent): platform coupons in the coupon centre, a new-user gift for
 * food (so it greets new shoppers without touching the prices other pages show), shop coupons of the digital and the
 * home shop, and the demo shopper 李明 holding a platform and a shop coupon for the digital shop's goods. Runs once:
 * a database whose admin already issued coupons is left alone.
 */
@Component
@ConditionalOnProperty(name = "ks.demo.enabled", havingValue = "true")
class DemoCoupons {

    private final CouponTemplates templates;
    private final CouponService coupons;
    private final AccountQueries accounts;
    private final Clock clock;

    DemoCoupons(CouponTemplates templates, CouponService coupons, AccountQueries accounts, Clock clock) {
        this.templates = templates;
        this.coupons = coupons;
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        UUID admin = accounts.findByEmail("admin@ks.demo").orElse(null);
        if (admin == null
                || DemoDataSeeder.runAs(admin, "demo-coupons", Set.of(Role.ADMIN), templates::countPlatformCoupons)
                        > 0) {
            return;
        }
        Instant now = clock.instant();
        UUID platform = DemoDataSeeder.runAs(admin, "demo-coupons", Set.of(Role.ADMIN), () -> {
            UUID big = templates.createPlatformCoupon(
                    coupon("平台满300减30", CouponKind.AMOUNT_OFF, 30_000, 3_000L, null, null, 1_000, 2, now));
            templates.createPlatformCoupon(
                    coupon("全场包邮券", CouponKind.FREE_SHIPPING, 0, null, null, null, 5_000, 3, now));
            templates.createPlatformCoupon(
                    coupon("数码9折券", CouponKind.PERCENT_OFF, 50_000, null, 10, 20_000L, 500, 1, now, "DIGITAL"));
            templates.createPlatformCoupon(new NewCouponTemplate(
                    "新人专享 生鲜满59减10",
                    CouponKind.AMOUNT_OFF,
                    5_900,
                    1_000L,
                    null,
                    null,
                    CouponScope.CATEGORY,
                    "FOOD",
                    null,
                    now.minus(Duration.ofDays(1)),
                    now.plus(Duration.ofDays(365)),
                    7,
                    100_000,
                    1,
                    true));
            return big;
        });
        UUID shop = as("merchant@ks.demo", Role.MERCHANT, () -> {
            templates.createShopCoupon(
                    coupon("店铺满1000减50", CouponKind.AMOUNT_OFF, 100_000, 5_000L, null, null, 500, 1, now));
            return templates.createShopCoupon(
                    coupon("店铺满200减15", CouponKind.AMOUNT_OFF, 20_000, 1_500L, null, null, 500, 1, now));
        });
        as(
                "home@ks.demo",
                Role.MERCHANT,
                () -> templates.createShopCoupon(
                        coupon("悦居满99减10", CouponKind.AMOUNT_OFF, 9_900, 1_000L, null, null, 300, 1, now)));
        as("shopper@ks.demo", Role.SHOPPER, () -> {
            coupons.claim(platform);
            return coupons.claim(shop);
        });
    }

    private <T> T as(String email, Role role, java.util.function.Supplier<T> work) {
        UUID account = accounts.findByEmail(email).orElseThrow();
        return DemoDataSeeder.runAs(account, email, Set.of(role), work);
    }

    private static NewCouponTemplate coupon(
            String name,
            CouponKind kind,
            long thresholdFen,
            Long offFen,
            Integer percent,
            Long capFen,
            int total,
            int perPerson,
            Instant now,
            String... category) {
        return new NewCouponTemplate(
                name,
                kind,
                thresholdFen,
                offFen,
                percent,
                capFen,
                category.length == 0 ? CouponScope.ALL : CouponScope.CATEGORY,
                category.length == 0 ? null : category[0],
                null,
                now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(60)),
                null,
                total,
                perPerson,
                false);
    }
}
