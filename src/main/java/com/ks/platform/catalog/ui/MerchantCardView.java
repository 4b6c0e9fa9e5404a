package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.ProductDetails;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/** The seller and its licence facts, shown on every product page (E-Commerce Law art. 15). */
class MerchantCardView extends Div {

    MerchantCardView(ProductDetails.MerchantCard merchant) {
        addClassNames("ks-card", "ks-merchant-card");
        add(new H3(merchant.storeName()));
        add(line("merchantCard.company", merchant.companyName()));
        add(line("merchantCard.creditCode", merchant.creditCode()));
        Span verified = new Span(getTranslation("merchantCard.verified"));
        verified.addClassNames("ks-status", "ks-status-ok");
        add(verified);
    }

    private Div line(String key, String value) {
        Span label = new Span(getTranslation(key) + "：");
        label.addClassName("ks-muted");
        return new Div(label, new Span(value));
    }
}
