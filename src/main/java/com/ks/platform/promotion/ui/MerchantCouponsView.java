package com.ks.platform.promotion.ui;

import com.ks.platform.catalog.MerchantProductFilter;
import com.ks.platform.catalog.ProductService;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.StaffAccess;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.promotion.CouponTemplates;
import com.ks.platform.promotion.PromotionRoutes;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The shop's coupons in the portal: issued by staff who may edit products, for the shop's own goods only. */
@Route(PromotionRoutes.MERCHANT_COUPONS)
@Menu(title = "nav.merchant.coupons", order = 6, icon = "vaadin:ticket")
@RolesAllowed(Roles.MERCHANT)
@StaffAccess(StaffPermission.PRODUCTS)
public class MerchantCouponsView extends Div implements HasDynamicTitle {

    static final int PRODUCT_CHOICES = 200;

    public MerchantCouponsView(CouponTemplates templates, ProductService products) {
        addClassName("ks-merchant-coupons");
        add(new CouponIssuerPanel(
                getTranslation("nav.merchant.coupons"),
                new CouponIssuerPanel.Issuer(
                        templates::myShopCoupons,
                        templates::countMyShopCoupons,
                        templates::createShopCoupon,
                        templates::stopShopCoupon,
                        () -> new CouponForm(
                                templates.scopeCategories(),
                                products.mine(MerchantProductFilter.ALL, 0, PRODUCT_CHOICES),
                                false))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.merchant.coupons") + " · Ks";
    }
}
