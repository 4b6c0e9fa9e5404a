package com.ks.platform.promotion;

import static com.ks.jooq.Tables.PROMOTION_COUPON;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.aftersales.AfterSalesQueries;
import com.ks.platform.aftersales.AfterSalesService;
import com.ks.platform.aftersales.ApplyCase;
import com.ks.platform.aftersales.CaseReason;
import com.ks.platform.aftersales.CaseState;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.payment.PaymentService;
import com.ks.platform.payment.SandboxDemoPayments;
import com.ks.platform.shared.AuditTrail;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A refunded order returns its unexpired coupons (the coupon's promise was not used up: Consumer Protection Law art.
 * 16, the operator keeps to what it promised); a partial refund keeps the coupon on the lines still bought.
 */
class CouponRefundReturnsTest extends CouponTestSupport {

    @Autowired
    DSLContext db;

    @Autowired
    SandboxDemoPayments sandbox;

    @Autowired
    PaymentService payments;

    @Autowired
    AfterSalesService afterSales;

    @Autowired
    AfterSalesQueries cases;

    @Autowired
    AuditTrail audit;

    private record Bought(Shop shop, Buyer buyer, UUID coupon, UUID orderId, UUID lineId) {}

    /** A buyer pays {@code quantity} × ¥100 with a ¥9 platform coupon through the sandbox provider, so refunds are real. */
    private Bought buyWithCoupon(int quantity) {
        Shop shop = newShop();
        ProductDetails product = product(shop, 10_000, true);
        Buyer buyer = newBuyer();
        UUID coupon = claim(buyer, platformCoupon(amountOff("退款返券9", 0, 900)));
        var placed = place(buyer, Set.of(coupon), line(product, quantity));
        run(buyer.email(), () -> sandbox.pay(placed.checkoutId(), PaymentMethod.ALIPAY));
        UUID orderId = placed.orderIds().getFirst();
        return new Bought(
                shop,
                buyer,
                coupon,
                orderId,
                order(buyer, orderId).lines().getFirst().id());
    }

    /** 未发货仅退款 of {@code quantity} items, approved by the shop; waits until the refund has been made. */
    private void refund(Bought bought, int quantity) {
        UUID caseId = as(
                bought.buyer().email(),
                () -> afterSales.apply(new ApplyCase(
                        bought.orderId(), bought.lineId(), CaseReason.NOT_WANTED_BEFORE_SHIPMENT, "不想要了", quantity)));
        run(bought.shop().email(), () -> afterSales.approve(caseId, null));
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() ->
                        as(bought.buyer().email(), () -> cases.myCase(caseId)).state() == CaseState.REFUNDED);
    }

    @Test
    void a_fully_refunded_order_gives_its_unexpired_coupon_back_to_the_usable_tab() {
        Bought bought = buyWithCoupon(1);
        assertThat(mine(bought.buyer(), CouponTab.USED))
                .extracting(MyCoupon::id)
                .containsExactly(bought.coupon());

        refund(bought, 1);

        assertThat(payments.refundedForOrder(bought.orderId())).isEqualTo(10_000 - 900);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() ->
                        mine(bought.buyer(), CouponTab.USABLE).stream().anyMatch(c -> c.id().equals(bought.coupon())));
        assertThat(mine(bought.buyer(), CouponTab.USED)).isEmpty();
        assertThat(audit.historyOf("coupon", bought.coupon().toString()))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("coupon.returned"));
    }

    @Test
    void an_expired_coupon_stays_used_after_a_full_refund() throws Exception {
        Bought bought = buyWithCoupon(1);
        db.update(PROMOTION_COUPON)
                .set(PROMOTION_COUPON.VALID_UNTIL, Instant.now().minus(Duration.ofMinutes(1)))
                .where(PROMOTION_COUPON.ID.eq(bought.coupon()))
                .execute();

        refund(bought, 1);
        // the listener runs after the refund's commit: give it the time a returned coupon needs above
        Thread.sleep(1_500);

        assertThat(mine(bought.buyer(), CouponTab.USABLE)).isEmpty();
        assertThat(mine(bought.buyer(), CouponTab.USED))
                .extracting(MyCoupon::id)
                .containsExactly(bought.coupon());
    }

    @Test
    void a_partial_refund_keeps_the_coupon_used_and_refunding_the_rest_gives_it_back() {
        Bought bought = buyWithCoupon(2);

        refund(bought, 1);
        assertThat(mine(bought.buyer(), CouponTab.USED))
                .extracting(MyCoupon::id)
                .containsExactly(bought.coupon());

        refund(bought, 1);
        assertThat(payments.refundedForOrder(bought.orderId())).isEqualTo(20_000 - 900);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() ->
                        mine(bought.buyer(), CouponTab.USABLE).stream().anyMatch(c -> c.id().equals(bought.coupon())));
    }
}
