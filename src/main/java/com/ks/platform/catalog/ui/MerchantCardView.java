package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.ProductDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;

/**
 * The seller and its licence facts, shown on every product page (E-Commerce Law art. 15), linking to its shop, with
 * 收藏店铺 where engagement offers it.
 */
class MerchantCardView extends Div {

    MerchantCardView(ProductDetails.MerchantCard merchant, Optional<Component> grade, Optional<Component> favourite) {
        addClassNames("ks-card", "ks-merchant-card");
        RouterLink shop = new RouterLink(merchant.storeName(), ShopView.class, ShopView.parameters(merchant.id()));
        shop.addClassName("ks-merchant-card-link");
        add(new H3(shop));
        add(line(this, "merchantCard.company", merchant.companyName()));
        add(line(this, "merchantCard.creditCode", merchant.creditCode()));
        Span verified = new Span(getTranslation("merchantCard.verified"));
        verified.addClassNames("ks-status", "ks-status-ok");
        add(verified);
        grade.ifPresent(this::add);
        RouterLink enter =
                new RouterLink(getTranslation("shop.enter"), ShopView.class, ShopView.parameters(merchant.id()));
        add(enter);
        favourite.ifPresent(this::add);
    }

    static Div line(Component from, String key, String value) {
        Span label = new Span(from.getTranslation(key) + "：");
        label.addClassName("ks-muted");
        return new Div(label, new Span(value));
    }
}
