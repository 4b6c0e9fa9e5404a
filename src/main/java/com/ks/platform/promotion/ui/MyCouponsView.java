package com.ks.platform.promotion.ui;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.identity.Roles;
import com.ks.platform.promotion.CouponService;
import com.ks.platform.promotion.CouponTab;
import com.ks.platform.promotion.MyCoupon;
import com.ks.platform.promotion.PromotionRoutes;
import com.ks.platform.ui.LinkTabs;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;

/** 我的优惠券: usable (soonest to expire first), used and expired, each a tab with its count. */
@Route(value = PromotionRoutes.MY_COUPONS, layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class MyCouponsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 20;

    private final CouponService coupons;
    private final CatalogQueries catalog;
    private final LinkTabs<CouponTab> tabs;
    private final Div list = new Div();
    private final Paragraph empty = new Paragraph();
    private final Button more = new Button();
    private CouponTab tab = CouponTab.USABLE;
    private int shown;
    private int total;

    public MyCouponsView(CouponService coupons, CatalogQueries catalog) {
        this.coupons = coupons;
        this.catalog = catalog;
        addClassName("ks-my-coupons");
        tabs = new LinkTabs<>(
                getTranslation("myCoupons.title"), MyCouponsView.class, "tab", EnumSet.allOf(CouponTab.class));
        for (CouponTab each : CouponTab.values()) {
            tabs.setLabel(each, getTranslation(each.messageKey(), coupons.countMine(each)));
        }
        list.addClassName("ks-coupon-list");
        empty.addClassName("ks-muted");
        more.setText(getTranslation("couponCentre.more"));
        more.addClickListener(click -> showMore());
        add(
                new H1(getTranslation("myCoupons.title")),
                // in a paragraph: a link beside text is underlined (WCAG 1.4.1)
                new Paragraph(new RouterLink(getTranslation("myCoupons.centre"), CouponCentreView.class)),
                tabs,
                empty,
                list,
                more);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myCoupons.title") + " · Ks 下单平台";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tab = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("tab")
                .flatMap(name -> EnumSet.allOf(CouponTab.class).stream()
                        .filter(t -> t.name().equals(name))
                        .findFirst())
                .orElse(CouponTab.USABLE);
        tabs.select(tab);
        list.removeAll();
        shown = 0;
        total = coupons.countMine(tab);
        empty.setText(getTranslation("myCoupons.empty." + tab.name()));
        empty.setVisible(total == 0);
        showMore();
    }

    private void showMore() {
        List<MyCoupon> page = coupons.mine(tab, shown, PAGE);
        var names = CategoryNames.of(catalog, getLocale());
        for (MyCoupon coupon : page) {
            CouponCard card = new CouponCard(coupon.terms(), coupon.validUntil(), names, state(coupon));
            if (tab != CouponTab.USABLE) {
                card.addClassName("ks-coupon-spent");
            }
            list.add(card);
        }
        shown += page.size();
        more.setVisible(shown < total);
    }

    private Component state(MyCoupon coupon) {
        if (tab == CouponTab.USABLE) {
            // a shop's coupon leads to its shop, the platform's to the whole range
            return new Anchor(
                    coupon.terms().platform() ? "" : "shop/" + coupon.terms().merchantId(),
                    getTranslation("myCoupons.use"));
        }
        Span state = new Span(getTranslation("myCoupons.state." + tab.name()));
        state.addClassName("ks-coupon-stamp");
        return state;
    }
}
