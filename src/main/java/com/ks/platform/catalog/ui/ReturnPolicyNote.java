package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.ReturnPolicy;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The return policy in plain words, next to the price (Consumer Protection Law art. 25). */
class ReturnPolicyNote extends Div {

    ReturnPolicyNote(ProductDetails product) {
        addClassName("ks-return-note");
        ReturnPolicy policy = ReturnPolicy.of(product);
        var icon = (policy.noReasonReturn() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.INFO_CIRCLE).create();
        icon.setSize("18px");
        Span headline = new Span(
                policy.noReasonReturn()
                        ? getTranslation(policy.headlineKey())
                        : getTranslation(
                                policy.headlineKey(),
                                policy.exclusionKey() == null ? "" : getTranslation(policy.exclusionKey())));
        headline.addClassName("ks-return-headline");
        Span details = new Span(getTranslation(policy.detailsKey()));
        details.addClassName("ks-muted");
        Span shipping =
                new Span(getTranslation(product.freeShipping() ? "returns.freeShipping" : "returns.shippingExtra"));
        shipping.addClassName("ks-muted");
        add(icon, headline, details, shipping);
    }
}
