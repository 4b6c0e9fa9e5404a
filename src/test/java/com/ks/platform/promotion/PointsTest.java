package com.ks.platform.promotion;

import static com.ks.jooq.Tables.PROMOTION_POINTS_BALANCE;
import static com.ks.jooq.Tables.PROMOTION_POINTS_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.aftersales.AfterSalesRefundRequested;
import com.ks.platform.aftersales.TestPurchases;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.ordering.BenefitChoice;
import com.ks.platform.ordering.BenefitPlan;
import com.ks.platform.ordering.CancelReason;
import com.ks.platform.ordering.CheckoutQuote;
import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ordering.PlacedCheckout;
import com.ks.platform.promotion.points.PointsEntry;
import com.ks.platform.promotion.points.PointsKind;
import com.ks.platform.promotion.points.PointsService;
import com.ks.platform.review.ReviewWritten;
import com.ks.platform.shared.AuditQuery;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 积分: earning, spending at checkout (shown before placing, one winner when two checkouts race), returning on
 * cancellation, taking back on refunds, campaigns, check-in and coupons for points — each refusal leaving nothing written.
 */
class PointsTest extends CouponTestSupport {

    @Autowired
    com.ks.platform.identity.AccountQueries accountQueries;

    @Autowired
    PointsService points;

    @Autowired
    DSLContext db;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditTrail audit;

    private void grant(Buyer buyer, long amount) {
        as(ADMIN, () -> points.grantCampaign("测试赠送", amount, List.of(buyer.email())));
    }

    private long balance(Buyer buyer) {
        return as(buyer.email(), () -> points.mine().balance());
    }

    private UUID accountOf(String email) {
        return accountQueries.findByEmail(email).orElseThrow();
    }

    /** The kept balance never drifts from its ledger and is never negative. */
    private void assertLedgerAgrees(String email) {
        UUID account = accountOf(email);
        Long sum = db.select(DSL.sum(PROMOTION_POINTS_ENTRY.POINTS))
                .from(PROMOTION_POINTS_ENTRY)
                .where(PROMOTION_POINTS_ENTRY.ACCOUNT_ID.eq(account))
                .fetchOne(0, Long.class);
        Long kept = db.select(PROMOTION_POINTS_BALANCE.BALANCE)
                .from(PROMOTION_POINTS_BALANCE)
                .where(PROMOTION_POINTS_BALANCE.ACCOUNT_ID.eq(account))
                .fetchOne(PROMOTION_POINTS_BALANCE.BALANCE);
        assertThat(kept).isEqualTo(sum == null ? 0 : sum).isNotNegative();
    }

    private static String keyOf(Throwable e) {
        return ((DomainException) e).messageKey();
    }

    private static BenefitPlan.Option pointsOption(CheckoutQuote quote) {
        return quote.benefits().options().stream()
                .filter(o -> o.kind() == BenefitPlan.Kind.POINTS)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void checking_in_twice_on_one_day_is_refused_and_earns_once() {
        Buyer buyer = newBuyer();
        assertThat(as(buyer.email(), () -> points.checkIn())).isEqualTo(5);
        assertThatThrownBy(() -> as(buyer.email(), () -> points.checkIn()))
                .isInstanceOf(RuleViolated.class)
                .extracting(PointsTest::keyOf)
                .isEqualTo("error.points.checkedIn");
        assertThat(as(buyer.email(), () -> points.mine())).satisfies(me -> {
            assertThat(me.balance()).isEqualTo(5);
            assertThat(me.checkedInToday()).isTrue();
        });
        assertLedgerAgrees(buyer.email());
    }

    @Test
    void points_chosen_at_checkout_are_priced_before_placing_spent_with_the_order_and_returned_when_it_is_cancelled() {
        Shop shop = newShop();
        ProductDetails book = product(shop, 10_000, true);
        Buyer buyer = newBuyer();
        grant(buyer, 3_000);

        CheckoutQuote offered = quote(buyer, BenefitChoice.suggested(), line(book, 1));
        // at most 50 % of ¥100 = ¥50 = 5 000 points, but only 3 000 are held; never applied unless chosen
        assertThat(pointsOption(offered).quantity()).isEqualTo(3_000);
        assertThat(offered.totalFen()).isEqualTo(10_000);

        UUID chosen = pointsOption(offered).benefitId();
        CheckoutQuote withPoints = quote(buyer, BenefitChoice.exactly(Set.of(chosen)), line(book, 1));
        assertThat(withPoints.totalFen()).isEqualTo(7_000);
        assertThat(withPoints.benefits().discountFen(BenefitPlan.Kind.POINTS)).isEqualTo(3_000);

        PlacedCheckout placed = place(buyer, Set.of(chosen), line(book, 1));
        assertThat(placed.totalFen()).isEqualTo(7_000);
        OrderDetails order = order(buyer, placed.orderIds().getFirst());
        assertThat(order.discountFen()).isEqualTo(3_000);
        assertThat(balance(buyer)).isZero();
        assertThat(as(buyer.email(), () -> points.history(0, 10)))
                .extracting(PointsEntry::kind, PointsEntry::points)
                .first()
                .isEqualTo(org.assertj.core.api.Assertions.tuple(PointsKind.CHECKOUT, -3_000L));

        run(buyer.email(), () -> ordering.cancel(order.id(), CancelReason.NO_LONGER_NEEDED));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> balance(buyer) == 3_000);
        assertLedgerAgrees(buyer.email());
    }

    @Test
    void points_below_the_minimum_over_the_cap_or_beyond_the_balance_are_refused_and_nothing_is_placed() {
        Shop shop = newShop();
        ProductDetails book = product(shop, 10_000, true);
        Buyer buyer = newBuyer();
        grant(buyer, 6_000);

        assertThatThrownBy(() -> place(buyer, Set.of(PromotionCheckout.pointsId(50)), line(book, 1)))
                .extracting(PointsTest::keyOf)
                .isEqualTo("error.points.belowMinimum");
        assertThatThrownBy(() -> place(buyer, Set.of(PromotionCheckout.pointsId(5_100)), line(book, 1)))
                .extracting(PointsTest::keyOf)
                .isEqualTo("error.points.overCap");
        Buyer poor = newBuyer();
        grant(poor, 200);
        assertThatThrownBy(() -> place(poor, Set.of(PromotionCheckout.pointsId(300)), line(book, 1)))
                .extracting(PointsTest::keyOf)
                .isEqualTo("error.points.notEnough");

        assertThat(as(buyer.email(), () -> orders.countMine(com.ks.platform.ordering.OrderTab.ALL)))
                .isZero();
        assertThat(balance(buyer)).isEqualTo(6_000);
        assertThat(balance(poor)).isEqualTo(200);
    }

    @Test
    void two_checkouts_spending_the_same_points_at_once_one_wins_and_the_balance_never_goes_negative()
            throws Exception {
        Shop shop = newShop();
        ProductDetails book = product(shop, 20_000, true);
        Buyer buyer = newBuyer();
        grant(buyer, 1_000);
        UUID eightHundred = PromotionCheckout.pointsId(800);

        var attempts = atOnce(
                List.of(buyer.email(), buyer.email()),
                i -> ordering.place(checkout(buyer, Set.of(eightHundred), line(book, 1))));

        assertThat(attempts).filteredOn(Attempt::succeeded).hasSize(1);
        assertThat(attempts)
                .filteredOn(a -> !a.succeeded())
                .singleElement()
                .satisfies(
                        lost -> assertThat(keyOf(lost.failure())).isIn("error.points.taken", "error.points.notEnough"));
        assertThat(balance(buyer)).isEqualTo(200);
        assertThat(as(buyer.email(), () -> orders.countMine(com.ks.platform.ordering.OrderTab.ALL)))
                .isEqualTo(1);
        assertLedgerAgrees(buyer.email());
    }

    @Test
    void a_shopper_sees_only_their_own_ledger_and_other_roles_none() {
        Buyer owner = newBuyer();
        Buyer other = newBuyer();
        grant(owner, 500);

        assertThat(as(other.email(), () -> points.history(0, 10))).isEmpty();
        assertThat(balance(other)).isZero();
        Shop shop = newShop();
        assertThatThrownBy(() -> as(shop.email(), () -> points.mine())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(owner.email(), () -> points.grantCampaign("自己送自己", 100, List.of(owner.email()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_campaign_grants_each_listed_shopper_once_is_audited_and_a_list_with_a_non_shopper_grants_nothing() {
        Buyer first = newBuyer();
        Buyer second = newBuyer();
        Shop shop = newShop();

        assertThatThrownBy(() ->
                        as(ADMIN, () -> points.grantCampaign("双十二活动", 100, List.of(first.email(), shop.email()))))
                .extracting(PointsTest::keyOf)
                .isEqualTo("error.points.notAShopper");
        assertThat(balance(first)).isZero();
        assertThatThrownBy(() -> as(ADMIN, () -> points.grantCampaign(" ", 100, List.of(first.email()))))
                .isInstanceOf(RuleViolated.class);

        int granted = as(
                ADMIN,
                () -> points.grantCampaign(
                        "双十二活动", 150, List.of(first.email(), second.email().toUpperCase(), first.email())));
        assertThat(granted).isEqualTo(2);
        assertThat(balance(first)).isEqualTo(150);
        assertThat(balance(second)).isEqualTo(150);
        assertThat(as(
                        ADMIN,
                        () -> audit.search(new AuditQuery(null, "points.campaign", null, null, null, null), 0, 50)))
                .anySatisfy(entry -> assertThat(entry.reason()).isEqualTo("双十二活动"));
    }

    @Test
    void points_buy_a_coupon_offered_for_points_and_too_few_points_buy_nothing() {
        UUID template =
                platformCoupon(amountOff("积分兑换券" + UUID.randomUUID().toString().substring(0, 4), 0, 500));
        run(ADMIN, () -> points.offerCouponForPoints(template, 400));
        Buyer rich = newBuyer();
        Buyer poor = newBuyer();
        grant(rich, 500);
        grant(poor, 300);

        assertThat(as(rich.email(), () -> points.couponOffers()))
                .anySatisfy(o -> assertThat(o.templateId()).isEqualTo(template));
        as(rich.email(), () -> points.exchangeForCoupon(template));
        assertThat(balance(rich)).isEqualTo(100);
        assertThat(mine(rich, CouponTab.USABLE)).extracting(c -> c.terms().id()).contains(template);

        assertThatThrownBy(() -> as(poor.email(), () -> points.exchangeForCoupon(template)))
                .extracting(PointsTest::keyOf)
                .isEqualTo("error.points.notEnough");
        assertThat(balance(poor)).isEqualTo(300);
        assertThat(mine(poor, CouponTab.USABLE)).extracting(c -> c.terms().id()).doesNotContain(template);
    }

    @Test
    void a_completed_order_earns_what_was_paid_a_photo_review_earns_more_and_a_refund_takes_back_its_share() {
        var purchase = new TestPurchases(context, this::actAs).delivered(2, null);
        UUID account = accountOf(purchase.shopper());
        // ¥100 paid: 100 points, once the completion event has been handled
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> as(purchase.shopper(), () -> points.mine()).balance() == 100);

        ReviewWritten photoReview = new ReviewWritten(UUID.randomUUID(), account, purchase.orderId(), 2);
        transactions.executeWithoutResult(tx -> events.publishEvent(photoReview));
        transactions.executeWithoutResult(tx -> events.publishEvent(photoReview)); // re-delivered: counted once
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> as(purchase.shopper(), () -> points.mine()).balance() == 130);

        var refund = new AfterSalesRefundRequested(
                UUID.randomUUID(), purchase.orderId(), 5_000, "test:" + UUID.randomUUID());
        transactions.executeWithoutResult(tx -> events.publishEvent(refund));
        transactions.executeWithoutResult(tx -> events.publishEvent(refund));
        // half of the order refunded: 50 of its 100 points go back, once
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> as(purchase.shopper(), () -> points.mine()).balance() == 80);
        assertThat(as(purchase.shopper(), () -> points.history(0, 10)))
                .extracting(PointsEntry::kind)
                .containsExactlyInAnyOrder(PointsKind.ORDER, PointsKind.REVIEW, PointsKind.REFUND);
        assertLedgerAgrees(purchase.shopper());
    }
}
