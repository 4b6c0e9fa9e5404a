/**
 * Promotion: 优惠券 — shop and platform coupon templates, claiming (coupon centre, product page, new-user gift pack),
 * the shopper's coupons, and their use at checkout through ordering's {@code CheckoutBenefits} port (best combination,
 * stacking, allocation to lines, return on cancellation or a full after-sales refund).
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "ui",
            "identity",
            "identity :: ui",
            "merchant",
            "catalog",
            "ordering",
            "aftersales"
        })
package com.ks.platform.promotion;

import org.springframework.modulith.ApplicationModule;
