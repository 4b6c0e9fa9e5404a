package com.ks.platform.promotion.ui;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.identity.Roles;
import com.ks.platform.promotion.CouponService;
import com.ks.platform.promotion.CouponTerms;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.ui.ProductPagePart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** 领券 on the product page: the claimable coupons of its shop and the platform that apply to this product. */
@org.springframework.stereotype.Component
class ProductCouponsPart implements ProductPagePart {

    static final int SHOWN = 4;

    private final CouponService coupons;
    private final CatalogQueries catalog;

    ProductCouponsPart(CouponService coupons, CatalogQueries catalog) {
        this.coupons = coupons;
        this.catalog = catalog;
    }

    @Override
    public Place place() {
        return Place.BESIDE_BUYING;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Component create(UUID productId) {
        Div part = new Div();
        part.addClassName("ks-product-coupons");
        List<CouponTerms> applicable = coupons.forProduct(productId, SHOWN);
        if (applicable.isEmpty()) {
            part.setVisible(false);
            return part;
        }
        Set<UUID> held = CurrentActor.hasRole(Roles.SHOPPER)
                ? coupons.claimedUpToLimit(
                        applicable.stream().map(CouponTerms::id).toList())
                : Set.of();
        part.add(new H2(part.getTranslation("productCoupons.title")));
        var names = CategoryNames.of(
                catalog, com.vaadin.flow.component.UI.getCurrent().getLocale());
        for (CouponTerms terms : applicable) {
            CouponCard card = new CouponCard(
                    terms, null, names, new ClaimButton(coupons, terms, held.contains(terms.id()), productId));
            card.addClassName("ks-coupon-compact");
            part.add(card);
        }
        return part;
    }
}
