package com.ks.platform.promotion.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.promotion.CouponTemplates;
import com.ks.platform.promotion.PromotionRoutes;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The platform's coupons in the admin console, including the 新人礼包 given to every new shopper. */
@Route(PromotionRoutes.ADMIN_COUPONS)
@Menu(title = "nav.admin.coupons", order = 5, icon = "vaadin:ticket")
@RolesAllowed(Roles.ADMIN)
public class AdminCouponsView extends Div implements HasDynamicTitle {

    public AdminCouponsView(CouponTemplates templates) {
        addClassName("ks-admin-coupons");
        add(new CouponIssuerPanel(
                getTranslation("nav.admin.coupons"),
                new CouponIssuerPanel.Issuer(
                        templates::platformCoupons,
                        templates::countPlatformCoupons,
                        templates::createPlatformCoupon,
                        templates::stopPlatformCoupon,
                        () -> new CouponForm(templates.scopeCategories(), null, true))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.coupons") + " · Ks";
    }
}
