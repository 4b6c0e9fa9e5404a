/**
 * Promotion: 优惠券 — shop and platform coupon templates, claiming (coupon centre, product page, new-user gift pack),
 * the shopper's coupons — and 积分 and 会员等级 ({@code points}, {@code membership}, from the spending in
 * {@code spending}); all of them at checkout through ordering's {@code CheckoutBenefits} port (best combination,
 * stacking, member discount and free shipping, points, allocation to lines, return on cancellation or a full
 * after-sales refund). Earns from ordering's, review's and after-sales' events; support asks {@link MemberPriority}
 * which shoppers to serve first.
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
            "notification",
            "review",
            "aftersales"
        })
package com.ks.platform.promotion;

import org.springframework.modulith.ApplicationModule;
