package com.ks.platform.cart.ui;

import com.ks.platform.cart.CartDetails;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** One shop's lines, with its select-all box and the subtotal of what is selected. */
class CartShopSection extends Section {

    CartShopSection(CartDetails.Shop shop, CartActions actions) {
        addClassNames("ks-card", "ks-cart-shop");
        String name = shop.storeName().isBlank() ? getTranslation("cart.unknownShop") : shop.storeName();
        Checkbox all = new Checkbox(shop.allSelected());
        all.setAriaLabel(getTranslation("cart.selectShop", name));
        all.setEnabled(shop.lines().stream().anyMatch(CartDetails.Line::selectable));
        all.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                actions.selectShop(shop.merchantId(), e.getValue());
            }
        });
        var icon = VaadinIcon.SHOP.create();
        icon.addClassName("ks-cart-shop-icon");
        H2 title = new H2(name);
        title.addClassName("ks-cart-shop-name");
        Div header = new Div(all, icon, title);
        header.addClassName("ks-cart-shop-header");
        add(header);
        shop.lines().forEach(line -> add(new CartLineRow(line, actions)));
        Span subtotal =
                new Span(getTranslation("cart.shopSubtotal", Formats.money(shop.selectedSubtotalFen(), getLocale())));
        subtotal.addClassNames("ks-cart-shop-subtotal", "ks-tabular");
        add(subtotal);
    }
}
