package com.ks.platform.ordering.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.promotion.CouponKind;
import com.ks.platform.promotion.CouponScope;
import com.ks.platform.promotion.CouponService;
import com.ks.platform.promotion.CouponTemplates;
import com.ks.platform.promotion.NewCouponTemplate;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Coupons over the order API: applied as given, and a tampered or foreign coupon id is a problem with nothing written. */
class CouponApiTest extends OrderApiTestSupport {

    @Autowired
    CouponTemplates templates;

    @Autowired
    CouponService coupons;

    private UUID claimedCoupon(ApiShopper shopper, long offFen) {
        actAs("admin@ks.demo");
        UUID template = templates.createPlatformCoupon(new NewCouponTemplate(
                "接口立减" + offFen,
                CouponKind.AMOUNT_OFF,
                0,
                offFen,
                null,
                null,
                CouponScope.ALL,
                null,
                null,
                Instant.now().minus(Duration.ofMinutes(5)),
                Instant.now().plus(Duration.ofDays(3)),
                null,
                10,
                1,
                false));
        actAs(shopper.email());
        UUID coupon = coupons.claim(template);
        SecurityContextHolder.clearContext();
        return coupon;
    }

    private static String withCoupons(String placeJson, UUID... couponIds) {
        StringBuilder ids = new StringBuilder();
        for (UUID id : couponIds) {
            ids.append(ids.isEmpty() ? "" : ",").append('"').append(id).append('"');
        }
        return placeJson.substring(0, placeJson.lastIndexOf('}')) + ",\"couponIds\":[" + ids + "]}";
    }

    @Test
    void a_coupon_given_by_id_is_taken_off_the_total_and_used_once() throws Exception {
        ProductDetails mug = product("接口券马克杯", 10, 4_900);
        ApiShopper shopper = newApiShopper();
        UUID coupon = claimedCoupon(shopper, 700);
        String body = withCoupons(placeJson(mug.skus().getFirst().id(), 1, 4_900L, shopper.addressId()), coupon);

        var placed = call("POST", "/api/v1/orders", shopper.token(), body);
        assertThat(placed.statusCode()).isEqualTo(201);
        // ¥49 (the test shop's goods ship free) − ¥7
        assertThat(placed.body()).contains("\"totalFen\":4200");

        var again = call(
                "POST",
                "/api/v1/orders",
                shopper.token(),
                withCoupons(placeJson(mug.skus().getFirst().id(), 1, 4_900L, shopper.addressId()), coupon));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("已经使用过了");
        assertThat(ordersOf(shopper)).isEqualTo(1);
    }

    @Test
    void another_shoppers_coupon_id_is_not_found_and_nothing_is_written() throws Exception {
        ProductDetails mug = product("接口外券马克杯", 10, 4_900);
        ApiShopper owner = newApiShopper();
        ApiShopper thief = newApiShopper();
        UUID theirs = claimedCoupon(owner, 500);
        String body = withCoupons(placeJson(mug.skus().getFirst().id(), 1, 4_900L, thief.addressId()), theirs);

        var refused = call("POST", "/api/v1/orders", thief.token(), body);

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(ordersOf(thief)).isZero();
        assertThat(catalog.stockOf(mug.skus().getFirst().id())).isEqualTo(10);
    }
}
