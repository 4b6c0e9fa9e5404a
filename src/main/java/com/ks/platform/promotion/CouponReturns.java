package com.ks.platform.promotion;

import com.ks.platform.aftersales.OrderRefundedInFull;
import com.ks.platform.ordering.OrderCancelled;
import com.ks.platform.shared.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A cancelled order, or one refunded in full through after-sales, gives its coupons back once every order they served
 * is cancelled or wholly refunded (a platform coupon may serve the orders of several shops), if they are still valid;
 * an expired one stays used. A partial refund keeps the coupon used: its discount stays on the lines not refunded
 * (refunds follow the allocation). Idempotent: a re-delivered event finds the uses already marked and the coupon
 * already unused.
 */
@Component
class CouponReturns {

    private final CouponRepository coupons;
    private final AuditTrail audit;
    private final Clock clock;

    CouponReturns(CouponRepository coupons, AuditTrail audit, Clock clock) {
        this.coupons = coupons;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OrderCancelled cancelled) {
        giveBack(cancelled.orderId(), "ORDER_CANCELLED");
    }

    @ApplicationModuleListener
    void on(OrderRefundedInFull refunded) {
        giveBack(refunded.orderId(), "ORDER_REFUNDED");
    }

    private void giveBack(UUID orderId, String reason) {
        Instant now = clock.instant();
        for (UUID couponId : coupons.cancelUsesOf(orderId)) {
            if (coupons.allUsesCancelled(couponId) && coupons.giveBack(couponId, now)) {
                audit.record("coupon.returned", "coupon", couponId.toString(), reason);
            }
        }
    }
}
