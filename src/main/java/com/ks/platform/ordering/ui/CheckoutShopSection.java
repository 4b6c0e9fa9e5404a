package com.ks.platform.ordering.ui;

import com.ks.platform.ordering.CheckoutQuote;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

/** One shop's part of the checkout: its items, a remark to the shop, and the shop's subtotal with shipping. */
class CheckoutShopSection extends Div {

    static final int MAX_REMARK = 200;

    private final TextField remark = new TextField();

    CheckoutShopSection(CheckoutQuote.ShopQuote shop, String remarkTyped) {
        addClassNames("ks-card", "ks-checkout-shop");
        var icon = VaadinIcon.SHOP.create();
        icon.addClassName("ks-checkout-shop-icon");
        H2 name = new H2(shop.storeName());
        Div heading = new Div(icon, name);
        heading.addClassName("ks-checkout-shop-heading");
        add(heading);
        shop.lines().forEach(line -> add(OrderLineRow.of(line)));
        remark.setLabel(getTranslation("checkout.remark"));
        remark.setPlaceholder(getTranslation("checkout.remarkHint"));
        remark.setMaxLength(MAX_REMARK);
        remark.setClearButtonVisible(true);
        remark.setValue(remarkTyped == null ? "" : remarkTyped);
        remark.addClassName("ks-checkout-remark");
        Span shipping = new Span(getTranslation(
                "checkout.shopShipping",
                shop.shippingFen() == 0
                        ? getTranslation("checkout.freeShipping")
                        : Formats.money(shop.shippingFen(), getLocale())));
        shipping.addClassName("ks-muted");
        Span subtotal = new Span(getTranslation("checkout.shopTotal", Formats.money(shop.totalFen(), getLocale())));
        subtotal.addClassNames("ks-tabular", "ks-checkout-shop-total");
        Div footer = new Div(shipping, subtotal);
        footer.addClassName("ks-checkout-shop-footer");
        add(remark, footer);
    }

    String remark() {
        return remark.getValue();
    }
}
