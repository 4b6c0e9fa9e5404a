package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.ShopRating;
import com.ks.platform.merchant.MerchantSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;

/**
 * The top of a shop page: a mark drawn from the store's first character (shops upload no logo yet), the name, the
 * rating, 收藏店铺, and the licence facts every shop shows (E-Commerce Law art. 15).
 */
class ShopHeader extends Div {

    ShopHeader(MerchantSummary shop, ShopRating rating, Optional<Component> grade, Optional<Component> favourite) {
        addClassNames("ks-card", "ks-shop-header");
        Span logo = new Span(shop.storeName().substring(0, shop.storeName().offsetByCodePoints(0, 1)));
        logo.addClassName("ks-shop-logo");
        logo.getElement().setAttribute("aria-hidden", "true");
        Span score = new Span(
                rating.count() == 0
                        ? getTranslation("product.noRatings")
                        : getTranslation("shop.rating", String.valueOf(rating.average()), rating.count()));
        score.addClassName("ks-shop-rating");
        Div name = new Div(new H1(shop.storeName()), score);
        favourite.ifPresent(name::add);
        name.addClassName("ks-shop-name");
        Div licence = new Div(new H2(getTranslation("shop.licence")));
        licence.addClassName("ks-shop-licence");
        licence.add(MerchantCardView.line(this, "merchantCard.company", shop.companyName()));
        licence.add(MerchantCardView.line(this, "merchantCard.creditCode", shop.creditCode()));
        licence.add(MerchantCardView.line(
                this,
                "shop.category",
                getTranslation("category." + shop.businessCategory().name())));
        Span verified = new Span(getTranslation("merchantCard.verified"));
        verified.addClassNames("ks-status", "ks-status-ok");
        licence.add(verified);
        grade.ifPresent(licence::add);
        add(logo, name, licence);
    }
}
