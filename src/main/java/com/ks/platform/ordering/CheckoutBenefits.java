package com.ks.platform.ordering;

import java.util.List;
import java.util.UUID;

/**
 * The port through which checkout asks the modules above it for discounts (coupons today; points and member prices can
 * join the same way), so ordering prices a checkout without depending on them. Implemented by {@code promotion}.
 */
public interface CheckoutBenefits {

    /**
     * The discounts for the signed-in shopper's priced shops: the ones chosen, or the best combination when the choice
     * is {@link BenefitChoice#suggested()}. A chosen benefit that cannot be used here is refused (RuleViolated) with the
     * reason, never silently dropped.
     */
    BenefitPlan plan(List<BenefitRequest.Shop> shops, BenefitChoice choice);

    /**
     * Takes the planned benefits for the orders just written, in the placement's transaction. A benefit taken in the
     * meantime (a parallel checkout) is refused with RuleViolated, which rolls the whole placement back.
     */
    void redeem(UUID checkoutId, List<Redemption> redemptions);

    /** What one benefit took off one order. */
    record Redemption(UUID benefitId, UUID orderId, long discountFen) {}

    /** A checkout's lines grouped by shop, as priced from the database. */
    final class BenefitRequest {

        private BenefitRequest() {}

        public record Shop(UUID merchantId, List<Line> lines, long shippingFen) {}

        public record Line(UUID skuId, UUID productId, long amountFen) {}
    }
}
