package com.ks.platform.ordering;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The discounts of a checkout: those {@code applied} with their allocation, and every {@code option} the shopper could
 * pick instead (each scope's usable benefits). A shop's benefit has its merchant id; a platform-wide one has none.
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
            Map<UUID, Long> shippingShares) {

        public Applied {
            lineShares = Map.copyOf(lineShares);
            shippingShares = Map.copyOf(shippingShares);
        }
    }

    /** A benefit the shopper may use in this checkout, with what it would take off there. */
    public record Option(UUID benefitId, UUID merchantId, String name, long discountFen, Instant validUntil) {}
}
