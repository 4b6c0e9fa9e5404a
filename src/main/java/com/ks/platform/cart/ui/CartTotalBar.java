package com.ks.platform.cart.ui;

import com.ks.platform.cart.CartDetails;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The bar that stays at the bottom of the screen: select all, what is selected, the total, and 结算. */
class CartTotalBar extends Div {

    private final Checkbox all = new Checkbox();
    private final Span selected = new Span();
    private final Span total = new Span();
    private final Button checkout = new Button();

    CartTotalBar(CartActions actions) {
        addClassName("ks-cart-bar");
        all.setLabel(getTranslation("cart.selectAll"));
        all.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                actions.selectAll(e.getValue());
            }
        });
        selected.addClassNames("ks-muted", "ks-cart-selected");
        total.addClassNames("ks-cart-total", "ks-tabular");
        Span note = new Span(getTranslation("cart.totalNote"));
        note.addClassNames("ks-muted", "ks-cart-total-note");
        Div sum = new Div(new Span(getTranslation("cart.total")), total, note);
        sum.addClassName("ks-cart-sum");
        checkout.setText(getTranslation("cart.checkout"));
        checkout.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        checkout.addClassName("ks-cart-checkout");
        checkout.addClickListener(click -> actions.checkout());
        Div spacer = new Div();
        spacer.addClassName("ks-cart-bar-spacer");
        add(all, selected, spacer, sum, checkout);
    }

    void show(CartDetails details) {
        all.setValue(details.allSelected());
        selected.setText(getTranslation("cart.selectedCount", details.selectedQuantity()));
        total.setText(Formats.money(details.selectedTotalFen(), getLocale()));
        checkout.setEnabled(details.selectedQuantity() > 0);
    }
}
