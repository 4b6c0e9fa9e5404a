package com.ks.platform.promotion.ui;

import com.ks.platform.promotion.PromotionRoutes;
import com.ks.platform.ui.FooterLink;
import org.springframework.stereotype.Component;

/** 领券中心 in the storefront's footer, for visitors and shoppers alike. */
@Component
class CouponCentreFooterLink implements FooterLink {

    @Override
    public String route() {
        return PromotionRoutes.COUPON_CENTRE;
    }

    @Override
    public String labelKey() {
        return "nav.coupons";
    }

    @Override
    public int order() {
        return 5;
    }
}
