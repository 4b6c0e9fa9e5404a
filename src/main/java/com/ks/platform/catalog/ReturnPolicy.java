package com.ks.platform.catalog;

import java.time.Duration;
import java.time.Instant;

/**
 * A product's 7-day no-reason return (Consumer Protection Law art. 25): the one rule that both the product page's
 * return note and after-sales eligibility read. Returnable unless an art. 25 exclusion applies; the window runs for 7
 * days from delivery.
 */
public record ReturnPolicy(boolean noReasonReturn, ReturnExclusion exclusion) {

    /** Art. 25: "自收到商品之日起七日内退货，且无需说明理由". */
    public static final Duration NO_REASON_WINDOW = Duration.ofDays(7);

    public static ReturnPolicy of(ProductDetails product) {
        return of(product.returnable7d(), product.returnExclusion());
    }

    public static ReturnPolicy of(boolean returnable7d, ReturnExclusion exclusion) {
        return new ReturnPolicy(returnable7d && exclusion == null, returnable7d ? null : exclusion);
    }

    /** When the no-reason window closes for goods delivered at {@code deliveredAt}. */
    public Instant noReasonUntil(Instant deliveredAt) {
        return deliveredAt.plus(NO_REASON_WINDOW);
    }

    /** Whether a no-reason return is still open at {@code now} for goods delivered at {@code deliveredAt}. */
    public boolean allowsNoReasonReturn(Instant deliveredAt, Instant now) {
        return noReasonReturn && deliveredAt != null && !now.isAfter(noReasonUntil(deliveredAt));
    }

    /** The product page's headline key for this policy. */
    public String headlineKey() {
        return noReasonReturn ? "returns.eligible" : "returns.excluded";
    }

    public String detailsKey() {
        return noReasonReturn ? "returns.eligible.details" : "returns.excluded.details";
    }

    /** The translated key of the exclusion's name, for "不支持 7 天无理由退货：{0}". */
    public String exclusionKey() {
        return exclusion == null ? null : "returns.reason." + exclusion.name();
    }
}
