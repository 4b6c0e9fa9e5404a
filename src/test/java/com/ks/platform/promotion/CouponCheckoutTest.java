package com.ks.platform.promotion;

import static com.ks.jooq.Tables.PROMOTION_COUPON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.ordering.BenefitChoice;
import com.ks.platform.ordering.CancelReason;
import com.ks.platform.ordering.CheckoutQuote;
import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ordering.PlacedCheckout;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Coupons at checkout: suggestion, stacking, allocation to lines, refusals, one winner under a race, return. */
class CouponCheckoutTest extends CouponTestSupport {

    @Autowired
    DSLContext db;

    @Test
    void the_best_shop_coupon_is_suggested_shown_before_placing_and_allocated_to_the_lines_the_shopper_pays() {
        Shop shop = newShop();
        ProductDetails phone = product(shop, 12_000, true);
        ProductDetails cable = product(shop, 6_000, true);
        Buyer buyer = newBuyer();
        claim(buyer, shopCoupon(shop, amountOff("满150减20", 15_000, 2_000)));
        claim(buyer, shopCoupon(shop, amountOff("满100减5", 10_000, 500)));

        CheckoutQuote quote = quote(buyer, BenefitChoice.suggested(), line(phone, 1), line(cable, 1));
        assertThat(quote.discountFen()).isEqualTo(2_000);
        assertThat(quote.totalFen()).isEqualTo(16_000);
        assertThat(quote.benefits().applied())
                .singleElement()
                .extracting(a -> a.name())
                .isEqualTo("满150减20");
        assertThat(quote.benefits().options()).hasSize(2);
        // 2000 × 120/180 = 1333.33 and 2000 × 60/180 = 666.67: the left-over fen goes to the larger remainder
        assertThat(quote.shops().getFirst().lines())
                .extracting(CheckoutQuote.LineQuote::discountFen)
                .containsExactly(1_333L, 667L);

        UUID chosen = quote.benefits().applied().getFirst().benefitId();
        PlacedCheckout placed = place(buyer, Set.of(chosen), line(phone, 1), line(cable, 1));
        assertThat(placed.totalFen()).isEqualTo(16_000);
        OrderDetails order = order(buyer, placed.orderIds().getFirst());
        assertThat(order.discountFen()).isEqualTo(2_000);
        assertThat(order.totalFen()).isEqualTo(16_000);
        assertThat(order.lines()).extracting(OrderDetails.Line::payableFen).containsExactlyInAnyOrder(10_667L, 5_333L);
        assertThat(mine(buyer, CouponTab.USED))
                .extracting(c -> c.terms().name())
                .containsExactly("满150减20");
    }

    @Test
    void one_platform_coupon_stacks_on_the_shop_coupons_of_two_shops_counting_what_the_lines_cost_after_them() {
        Shop first = newShop();
        Shop second = newShop();
        ProductDetails a = product(first, 10_000, true);
        ProductDetails b = product(second, 5_000, true);
        Buyer buyer = newBuyer();
        claim(buyer, shopCoupon(first, amountOff("满80减10", 8_000, 1_000)));
        UUID big = claim(buyer, platformCoupon(amountOff("平台满120减15", 12_000, 1_500)));
        UUID small = claim(buyer, platformCoupon(amountOff("平台立减5", 0, 500)));

        CheckoutQuote quote = quote(buyer, BenefitChoice.suggested(), line(a, 1), line(b, 1));
        assertThat(quote.discountFen()).isEqualTo(2_500);
        assertThat(quote.benefits().applied()).extracting(x -> x.benefitId()).contains(big);
        // the platform's 1500 over 9000 and 5000 (after the shop coupon): 964.29 and 535.71 → 964 and 536
        assertThat(quote.shops())
                .extracting(CheckoutQuote.ShopQuote::discountFen)
                .containsExactly(1_964L, 536L);

        assertThatThrownBy(() -> quote(buyer, BenefitChoice.exactly(Set.of(big, small)), line(a, 1), line(b, 1)))
                .isInstanceOf(RuleViolated.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("error.coupon.stacking");

        CheckoutQuote onlySmall = quote(buyer, BenefitChoice.exactly(Set.of(small)), line(a, 1), line(b, 1));
        assertThat(onlySmall.discountFen()).isEqualTo(500);
        PlacedCheckout placed = place(buyer, Set.of(small), line(a, 1), line(b, 1));
        assertThat(placed.totalFen()).isEqualTo(14_500);
    }

    @Test
    void a_coupon_whose_threshold_is_not_met_is_refused_naming_what_is_missing() {
        Shop shop = newShop();
        ProductDetails cheap = product(shop, 5_000, true);
        Buyer buyer = newBuyer();
        UUID coupon = claim(buyer, platformCoupon(amountOff("平台满120减15", 12_000, 1_500)));

        assertThat(quote(buyer, BenefitChoice.suggested(), line(cheap, 1)).discountFen())
                .isZero();
        assertThatThrownBy(() -> place(buyer, Set.of(coupon), line(cheap, 1)))
                .isInstanceOf(RuleViolated.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).messageKey()).isEqualTo("error.coupon.threshold");
                    assertThat(((DomainException) e).arguments()).containsExactly("平台满120减15", "70.00");
                });
        assertThat(mine(buyer, CouponTab.USABLE)).hasSize(1);
    }

    @Test
    void another_shoppers_coupon_or_a_made_up_id_is_not_found_and_nothing_is_placed() {
        Shop shop = newShop();
        ProductDetails product = product(shop, 20_000, true);
        Buyer owner = newBuyer();
        Buyer other = newBuyer();
        UUID theirs = claim(owner, platformCoupon(amountOff("平台立减8", 0, 800)));

        assertThatThrownBy(() -> place(other, Set.of(theirs), line(product, 1))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> place(other, Set.of(UUID.randomUUID()), line(product, 1)))
                .isInstanceOf(NotFound.class);
        assertThat(as(other.email(), () -> orders.countMine(com.ks.platform.ordering.OrderTab.ALL)))
                .isZero();
        assertThat(mine(owner, CouponTab.USABLE)).hasSize(1);
    }

    @Test
    void an_expired_coupon_is_refused_and_listed_as_expired_and_a_shop_coupon_only_serves_its_own_shop() {
        Shop shop = newShop();
        Shop elsewhere = newShop();
        ProductDetails product = product(shop, 20_000, true);
        Buyer buyer = newBuyer();
        UUID expiring = claim(buyer, platformCoupon(amountOff("平台立减6", 0, 600)));
        UUID foreignShop = claim(buyer, shopCoupon(elsewhere, amountOff("别家立减3", 0, 300)));
        db.update(PROMOTION_COUPON)
                .set(PROMOTION_COUPON.VALID_UNTIL, Instant.now().minus(Duration.ofMinutes(1)))
                .where(PROMOTION_COUPON.ID.eq(expiring))
                .execute();

        assertThat(quote(buyer, BenefitChoice.suggested(), line(product, 1)).discountFen())
                .isZero();
        assertThatThrownBy(() -> place(buyer, Set.of(expiring), line(product, 1)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("error.coupon.expired");
        assertThatThrownBy(() -> place(buyer, Set.of(foreignShop), line(product, 1)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("error.coupon.otherShop");
        assertThat(mine(buyer, CouponTab.EXPIRED)).extracting(MyCoupon::id).containsExactly(expiring);
    }

    @Test
    void percent_off_stops_at_its_cap_and_free_shipping_takes_the_shipping_off_every_line_paid() {
        Shop shop = newShop();
        ProductDetails product = product(shop, 8_000, false);
        Buyer buyer = newBuyer();
        claim(buyer, shopCoupon(shop, terms("8折最高减10", CouponKind.PERCENT_OFF, 0, null, 20, 1_000L)));
        claim(buyer, platformCoupon(terms("包邮券", CouponKind.FREE_SHIPPING, 0, null, null, null)));

        CheckoutQuote quote = quote(buyer, BenefitChoice.suggested(), line(product, 1));
        assertThat(quote.shippingFen()).isEqualTo(1_000);
        assertThat(quote.discountFen()).isEqualTo(2_000);
        assertThat(quote.totalFen()).isEqualTo(7_000);
        Set<UUID> both = Set.copyOf(
                quote.benefits().applied().stream().map(a -> a.benefitId()).toList());
        OrderDetails order =
                order(buyer, place(buyer, both, line(product, 1)).orderIds().getFirst());
        assertThat(order.lines())
                .singleElement()
                .extracting(OrderDetails.Line::payableFen)
                .isEqualTo(7_000L);
    }

    @Test
    void the_same_coupon_in_two_parallel_checkouts_is_used_by_exactly_one_of_them() throws Exception {
        Shop shop = newShop();
        ProductDetails product = product(shop, 20_000, true);
        Buyer buyer = newBuyer();
        UUID coupon = claim(buyer, platformCoupon(amountOff("平台满100减20", 10_000, 2_000)));

        var attempts = atOnce(
                List.of(buyer.email(), buyer.email(), buyer.email()),
                i -> ordering.place(checkout(buyer, Set.of(coupon), line(product, 1))));

        assertThat(attempts).filteredOn(Attempt::succeeded).hasSize(1);
        assertThat(attempts)
                .filteredOn(a -> !a.succeeded())
                .allSatisfy(a -> assertThat(((DomainException) a.failure()).messageKey())
                        .isIn("error.coupon.taken", "error.coupon.used"));
        assertThat(as(buyer.email(), () -> orders.countMine(com.ks.platform.ordering.OrderTab.ALL)))
                .isEqualTo(1);
        assertThat(mine(buyer, CouponTab.USED)).hasSize(1);
    }

    @Test
    void cancelling_the_order_gives_its_unexpired_coupon_back() {
        Shop shop = newShop();
        ProductDetails product = product(shop, 20_000, true);
        Buyer buyer = newBuyer();
        UUID template = platformCoupon(amountOff("平台立减9", 0, 900));
        claim(buyer, template);
        UUID coupon = couponOf(buyer, template);
        UUID orderId = place(buyer, Set.of(coupon), line(product, 1)).orderIds().getFirst();
        assertThat(mine(buyer, CouponTab.USABLE)).isEmpty();

        run(buyer.email(), () -> ordering.cancel(orderId, CancelReason.NO_LONGER_NEEDED));

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> mine(buyer, CouponTab.USABLE).stream().anyMatch(c -> c.id().equals(coupon)));
        assertThat(quote(buyer, BenefitChoice.suggested(), line(product, 1)).discountFen())
                .isEqualTo(900);
    }
}
