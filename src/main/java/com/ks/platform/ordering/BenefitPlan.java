package com.ks.platform.ordering;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The discounts of a checkout: those {@code applied} with their allocation, and every {@code option} the shopper could
 * pick instead (each scope's usable benefits). A shop's benefit has its merchant id; a platform-wide one has none.
 * {@link Kind} tells coupons from member privileges and points, so checkout shows each where the shopper looks for it.
 */
public record BenefitPlan(List<Applied> applied, List<Option> options) {

    public static final BenefitPlan NONE = new BenefitPlan(List.of(), List.of());

    public BenefitPlan {
        applied = List.copyOf(applied);
        options = List.copyOf(options);
    }

    public long discountFen() {
        return applied.stream().mapToLong(Applied::discountFen).sum();
    }

    /** What the benefits of one kind take off together. */
    public long discountFen(Kind kind) {
        return applied.stream()
                .filter(a -> a.kind() == kind)
                .mapToLong(Applied::discountFen)
                .sum();
    }

    /**
     * COUPON: a coupon the shopper holds (chosen or suggested); MEMBER: a privilege of the shopper's member level (会员折扣,
     * 会员包邮), always applied; POINTS: points spent (积分抵扣), only when the shopper chooses them.
     */
    public enum Kind {
        COUPON,
        MEMBER,
        POINTS
    }

    /**
     * One benefit in use: its whole discount, allocated in fen to item lines ({@code lineShares}, by SKU) and to shops'
     * shipping ({@code shippingShares}, by merchant); the shares add up to the discount.
     */
    public record Applied(
            UUID benefitId,
            UUID merchantId,
            String name,
            long discountFen,
            Map<UUID, Long> lineShares,
            Map<UUID, Long> shippingShares,
            Kind kind) {

        public Applied {
            lineShares = Map.copyOf(lineShares);
            shippingShares = Map.copyOf(shippingShares);
            kind = kind == null ? Kind.COUPON : kind;
        }

        /** A coupon. */
        public Applied(
                UUID benefitId,
                UUID merchantId,
                String name,
                long discountFen,
                Map<UUID, Long> lineShares,
                Map<UUID, Long> shippingShares) {
            this(benefitId, merchantId, name, discountFen, lineShares, shippingShares, Kind.COUPON);
        }
    }

    /**
     * A benefit the shopper may use in this checkout, with what it would take off there; for POINTS, {@code quantity} is
     * the number of points it spends.
     */
    public record Option(
            UUID benefitId,
            UUID merchantId,
            String name,
            long discountFen,
            Instant validUntil,
            Kind kind,
            long quantity) {

        public Option {
            kind = kind == null ? Kind.COUPON : kind;
        }

        /** A coupon. */
        public Option(UUID benefitId, UUID merchantId, String name, long discountFen, Instant validUntil) {
            this(benefitId, merchantId, name, discountFen, validUntil, Kind.COUPON, 1);
        }
    }
}
