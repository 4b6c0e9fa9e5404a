package com.ks.platform.aftersales;

import com.ks.platform.catalog.ReturnPolicy;
import com.ks.platform.ordering.OrderStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether a line may be claimed for a reason, in one place: refund only before shipment or when the parcel never
 * arrived; a no-reason return within 7 days of delivery unless the product is excluded (Consumer Protection Law art.
 * 25, through the same {@link ReturnPolicy} the product page shows); a quality problem, wrong or damaged item within
 * the category's quality period. Outside every period the answer carries the translated reason why not.
 */
public final class Eligibility {

    private Eligibility() {}

    /** How long after delivery each kind of claim stays open for the goods' category. */
    public record Periods(Duration quality, Duration exchange, Duration repair) {}

    /** The answer: allowed (with the date the window closes, if any) or refused with a message key. */
    public record Verdict(boolean allowed, String refusalKey, Instant windowClosesAt, boolean shopperPaysShipping) {

        static Verdict yes(Instant closesAt, boolean shopperPays) {
            return new Verdict(true, null, closesAt, shopperPays);
        }

        static Verdict no(String key) {
            return new Verdict(false, key, null, false);
        }
    }

    public static Verdict check(
            CaseReason reason,
            OrderStatus status,
            Instant deliveredAt,
            ReturnPolicy policy,
            Periods periods,
            Instant now) {
        return switch (reason) {
            case NOT_WANTED_BEFORE_SHIPMENT ->
                status == OrderStatus.PAID ? Verdict.yes(null, false) : Verdict.no("aftersales.refused.alreadyShipped");
            case NOT_RECEIVED ->
                status == OrderStatus.SHIPPED
                        ? Verdict.yes(null, false)
                        : Verdict.no("aftersales.refused.notInTransit");
            case NO_REASON -> noReason(status, deliveredAt, policy, now);
            case QUALITY_PROBLEM, WRONG_ITEM, DAMAGED_IN_TRANSIT ->
                quality(status, deliveredAt, periods.quality(), now);
            case EXCHANGE_FAULTY, EXCHANGE_WRONG_ITEM -> quality(status, deliveredAt, periods.exchange(), now);
            case REPAIR_FAULTY -> quality(status, deliveredAt, periods.repair(), now);
            // a complaint is bound to no return period: any order the shopper paid for
            case COMPLAINT_ATTITUDE,
                    COMPLAINT_FALSE_ADVERTISING,
                    COMPLAINT_SLOW_SHIPPING,
                    COMPLAINT_NOT_AS_DESCRIBED,
                    COMPLAINT_OTHER ->
                status == OrderStatus.PENDING_PAYMENT || status == OrderStatus.CANCELLED
                        ? Verdict.no("aftersales.refused.notPaid")
                        : Verdict.yes(null, false);
        };
    }

    private static Verdict noReason(OrderStatus status, Instant deliveredAt, ReturnPolicy policy, Instant now) {
        if (!delivered(status) || deliveredAt == null) {
            return Verdict.no("aftersales.refused.notDelivered");
        }
        if (!policy.noReasonReturn()) {
            return Verdict.no("aftersales.refused.excluded");
        }
        if (!policy.allowsNoReasonReturn(deliveredAt, now)) {
            return Verdict.no("aftersales.refused.noReasonWindowOver");
        }
        return Verdict.yes(policy.noReasonUntil(deliveredAt), CaseReason.NO_REASON.shopperPaysReturn());
    }

    private static Verdict quality(OrderStatus status, Instant deliveredAt, Duration period, Instant now) {
        if (!delivered(status) || deliveredAt == null) {
            return Verdict.no("aftersales.refused.notDelivered");
        }
        Instant closes = deliveredAt.plus(period);
        return now.isAfter(closes) ? Verdict.no("aftersales.refused.qualityPeriodOver") : Verdict.yes(closes, false);
    }

    private static boolean delivered(OrderStatus status) {
        return status == OrderStatus.DELIVERED || status == OrderStatus.COMPLETED;
    }
}
