package com.ks.platform.promotion.ui;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.identity.Roles;
import com.ks.platform.promotion.CouponService;
import com.ks.platform.promotion.CouponTerms;
import com.ks.platform.promotion.PromotionRoutes;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Set;

/**
 * 领券中心: every coupon that can be claimed now, the platform's first, each with what it takes off, on what and until
 * when, how many are left, and 领取. Visitors see them too; claiming asks them to sign in.
 */
@Route(value = PromotionRoutes.COUPON_CENTRE, layout = StorefrontLayout.class)
@AnonymousAllowed
public class CouponCentreView extends Div implements HasDynamicTitle {

    static final int PAGE = 24;

    private final CouponService coupons;
    private final CatalogQueries catalog;
    private final Div list = new Div();
    private final Button more = new Button();
    private int shown;

    public CouponCentreView(CouponService coupons, CatalogQueries catalog) {
        this.coupons = coupons;
        this.catalog = catalog;
        addClassName("ks-coupon-centre");
        list.addClassName("ks-coupon-list");
        Paragraph lead = new Paragraph(getTranslation("couponCentre.lead"));
        lead.addClassName("ks-muted");
        add(new H1(getTranslation("couponCentre.title")), lead);
        if (CurrentActor.hasRole(Roles.SHOPPER)) {
            add(new RouterLink(getTranslation("couponCentre.mine"), MyCouponsView.class));
        }
        int total = coupons.countCentre();
        if (total == 0) {
            Paragraph empty = new Paragraph(getTranslation("couponCentre.empty"));
            empty.addClassName("ks-muted");
            add(empty);
            return;
        }
        more.setText(getTranslation("couponCentre.more"));
        more.addClickListener(click -> showMore(total));
        add(list, more);
        showMore(total);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("couponCentre.title") + " · Ks 下单平台";
    }

    private void showMore(int total) {
        List<CouponTerms> page = coupons.centre(shown, PAGE);
        Set<java.util.UUID> held = CurrentActor.hasRole(Roles.SHOPPER)
                ? coupons.claimedUpToLimit(page.stream().map(CouponTerms::id).toList())
                : Set.of();
        var names = CategoryNames.of(catalog, getLocale());
        for (CouponTerms terms : page) {
            Span left = new Span(getTranslation("coupon.left", Formats.number(terms.left(), getLocale())));
            left.addClassName("ks-muted");
            list.add(new CouponCard(
                    terms, null, names, new ClaimButton(coupons, terms, held.contains(terms.id()), null), left));
        }
        shown += page.size();
        more.setVisible(shown < total);
    }
}
