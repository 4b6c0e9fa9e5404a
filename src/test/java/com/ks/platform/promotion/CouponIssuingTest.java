package com.ks.platform.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.identity.AccountOidcUser;
import com.ks.platform.identity.ExternalLoginService;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** Issuing and claiming: who may issue what, every rule of the terms, total and per-person limits, the gift pack. */
class CouponIssuingTest extends CouponTestSupport {

    @Autowired
    AuditTrail audit;

    @Autowired
    ExternalLoginService externalLogins;

    private static String key(Throwable e) {
        return ((DomainException) e).messageKey();
    }

    @Test
    void a_shop_issues_coupons_for_its_own_goods_only_and_another_shop_cannot_stop_them() {
        Shop shop = newShop();
        Shop rival = newShop();
        ProductDetails rivalProduct = product(rival, 5_000, true);
        UUID coupon = shopCoupon(shop, amountOff("满99减10", 9_900, 1_000));
        assertThat(as(shop.email(), () -> templates.myShopCoupons(0, 10)))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.storeName()).isEqualTo(shop.storeName());
                    assertThat(t.platform()).isFalse();
                });
        assertThat(audit.historyOf("coupon", coupon.toString()))
                .extracting(e -> e.action())
                .contains("coupon.created");

        var onRivalProduct = new NewCouponTemplate(
                "别家商品券",
                CouponKind.AMOUNT_OFF,
                0,
                500L,
                null,
                null,
                CouponScope.PRODUCT,
                null,
                rivalProduct.id(),
                Instant.now(),
                Instant.now().plus(Duration.ofDays(3)),
                null,
                10,
                1,
                false);
        assertThatThrownBy(() -> shopCoupon(shop, onRivalProduct))
                .isInstanceOf(RuleViolated.class)
                .extracting(CouponIssuingTest::key)
                .isEqualTo("error.coupon.product");
        // a guessed id of another shop's coupon is simply not found
        assertThatThrownBy(() -> run(rival.email(), () -> templates.stopShopCoupon(coupon)))
                .isInstanceOf(NotFound.class);
        assertThat(as(rival.email(), () -> templates.myShopCoupons(0, 10))).isEmpty();
    }

    @Test
    void only_administrators_issue_platform_coupons_and_shoppers_issue_none() {
        Shop shop = newShop();
        Buyer buyer = newBuyer();
        assertThatThrownBy(() -> as(shop.email(), () -> templates.createPlatformCoupon(amountOff("平台", 0, 100))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(buyer.email(), () -> templates.createShopCoupon(amountOff("店铺", 0, 100))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(shop.email(), () -> templates.platformCoupons(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void terms_that_make_no_sense_are_refused_with_the_rule_broken() {
        Shop shop = newShop();
        assertThat(List.of(
                        amountOff("满50减50", 5_000, 5_000),
                        amountOff("", 0, 100),
                        amountOff("负的", 0, -1),
                        terms("95折以上", CouponKind.PERCENT_OFF, 0, null, 95, 1_000L),
                        terms("无上限", CouponKind.PERCENT_OFF, 0, null, 10, null)))
                .extracting(t -> {
                    try {
                        shopCoupon(shop, t);
                        return "accepted";
                    } catch (RuleViolated refused) {
                        return refused.messageKey();
                    }
                })
                .containsExactly(
                        "error.coupon.amountOverThreshold",
                        "error.coupon.name",
                        "error.coupon.amountOff",
                        "error.coupon.percentOff",
                        "error.coupon.cap");
        var gift = new NewCouponTemplate(
                "店铺新人礼",
                CouponKind.AMOUNT_OFF,
                0,
                100L,
                null,
                null,
                CouponScope.ALL,
                null,
                null,
                Instant.now(),
                Instant.now().plus(Duration.ofDays(3)),
                null,
                10,
                1,
                true);
        assertThatThrownBy(() -> shopCoupon(shop, gift))
                .extracting(CouponIssuingTest::key)
                .isEqualTo("error.coupon.giftPlatformOnly");
        assertThat(as(shop.email(), () -> templates.countMyShopCoupons())).isZero();
    }

    @Test
    void a_shopper_claims_up_to_the_per_person_limit_and_a_stopped_coupon_can_no_longer_be_claimed() {
        Shop shop = newShop();
        Buyer buyer = newBuyer();
        UUID template = shopCoupon(shop, amountOff("满99减10", 9_900, 1_000));
        claim(buyer, template);
        assertThatThrownBy(() -> claim(buyer, template))
                .extracting(CouponIssuingTest::key)
                .isEqualTo("error.coupon.perPersonLimit");
        assertThat(as(buyer.email(), () -> coupons.claimedUpToLimit(List.of(template))))
                .containsExactly(template);

        run(shop.email(), () -> templates.stopShopCoupon(template));
        Buyer late = newBuyer();
        assertThatThrownBy(() -> claim(late, template))
                .extracting(CouponIssuingTest::key)
                .isEqualTo("error.coupon.notClaimable");
        assertThat(as(late.email(), () -> coupons.centre(0, 100)))
                .extracting(CouponTerms::id)
                .doesNotContain(template);
        assertThat(mine(buyer, CouponTab.USABLE)).hasSize(1);
    }

    @Test
    void a_rush_of_shoppers_claims_no_more_coupons_than_were_issued() throws Exception {
        var limited = new NewCouponTemplate(
                "限量3张",
                CouponKind.AMOUNT_OFF,
                0,
                300L,
                null,
                null,
                CouponScope.ALL,
                null,
                null,
                Instant.now().minus(Duration.ofMinutes(5)),
                Instant.now().plus(Duration.ofDays(3)),
                3,
                3,
                1,
                false);
        UUID template = platformCoupon(limited);
        List<String> rush = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            rush.add(newBuyer().email());
        }

        var attempts = atOnce(rush, i -> coupons.claim(template));

        assertThat(attempts).filteredOn(Attempt::succeeded).hasSize(3);
        assertThat(attempts)
                .filteredOn(a -> !a.succeeded())
                .allSatisfy(a -> assertThat(key(a.failure())).isEqualTo("error.coupon.allClaimed"));
        assertThat(as(ADMIN, () -> templates.platformCoupons(0, 100)))
                .filteredOn(t -> t.id().equals(template))
                .singleElement()
                .extracting(CouponTerms::claimedCount)
                .isEqualTo(3);
    }

    @Test
    void one_shopper_claiming_in_two_tabs_at_once_gets_one_coupon_where_one_per_person_is_allowed() throws Exception {
        UUID template = platformCoupon(amountOff("每人一张", 0, 200));
        Buyer buyer = newBuyer();

        var attempts = atOnce(List.of(buyer.email(), buyer.email(), buyer.email()), i -> coupons.claim(template));

        assertThat(attempts).filteredOn(Attempt::succeeded).hasSize(1);
        assertThat(mine(buyer, CouponTab.USABLE))
                .filteredOn(c -> c.terms().id().equals(template))
                .hasSize(1);
    }

    @Test
    void a_new_shopper_receives_the_new_user_gift_pack_when_registering() {
        UUID template = platformCoupon(newUserGift());
        try {
            Buyer buyer = newBuyer();
            MyCoupon given = awaitGift(buyer.email(), template);
            // valid for 7 days after it was given
            assertThat(Duration.between(given.validFrom(), given.validUntil())).isEqualTo(Duration.ofDays(7));
            // a gift is given, not claimed
            assertThatThrownBy(() -> claim(buyer, template)).isInstanceOf(NotFound.class);
        } finally {
            // later registrations of other tests get no gift of this test's
            run(ADMIN, () -> templates.stopPlatformCoupon(template));
        }
    }

    @Test
    void a_shopper_whose_account_is_created_by_an_oidc_sign_in_receives_the_gift_pack_too() {
        UUID template = platformCoupon(newUserGift());
        try {
            Instant now = Instant.now();
            AccountOidcUser user = externalLogins.signIn(new DefaultOidcUser(
                    List.of(),
                    new OidcIdToken(
                            "id-token",
                            now,
                            now.plusSeconds(600),
                            Map.of(
                                    "iss",
                                    issuer(),
                                    "sub",
                                    "gift-" + UUID.randomUUID(),
                                    "email",
                                    uniqueEmail("oidc-gift"),
                                    "email_verified",
                                    true))));
            // an account made by a provider has no password: act as the provider's sign-in left it
            Supplier<List<MyCoupon>> usable = () -> {
                SecurityContextHolder.getContext()
                        .setAuthentication(new OAuth2AuthenticationToken(user, user.getAuthorities(), "ks"));
                try {
                    return coupons.mine(CouponTab.USABLE, 0, 50);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() ->
                            usable.get().stream().anyMatch(c -> c.terms().id().equals(template)));
            assertThat(usable.get())
                    .filteredOn(c -> c.terms().id().equals(template))
                    .singleElement()
                    .extracting(MyCoupon::status)
                    .isEqualTo(CouponStatus.UNUSED);
        } finally {
            run(ADMIN, () -> templates.stopPlatformCoupon(template));
        }
    }

    private static NewCouponTemplate newUserGift() {
        return new NewCouponTemplate(
                "测试新人礼 " + UUID.randomUUID().toString().substring(0, 6),
                CouponKind.AMOUNT_OFF,
                1_000_000,
                100L,
                null,
                null,
                CouponScope.ALL,
                null,
                null,
                Instant.now().minus(Duration.ofMinutes(5)),
                Instant.now().plus(Duration.ofDays(3)),
                7,
                100,
                1,
                true);
    }

    private MyCoupon awaitGift(String email, UUID template) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> as(email, () -> coupons.mine(CouponTab.USABLE, 0, 50)).stream()
                        .anyMatch(c -> c.terms().id().equals(template)));
        return as(email, () -> coupons.mine(CouponTab.USABLE, 0, 50)).stream()
                .filter(c -> c.terms().id().equals(template))
                .findFirst()
                .orElseThrow();
    }
}
