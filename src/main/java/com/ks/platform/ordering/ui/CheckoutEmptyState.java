package com.ks.platform.ordering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Nothing to check out: say so and lead back to the cart. */
class CheckoutEmptyState extends Div {

    CheckoutEmptyState() {
        addClassNames("ks-card", "ks-cart-empty");
        var icon = VaadinIcon.CART_O.create();
        icon.addClassName("ks-cart-empty-icon");
        Button back = new Button(
                getTranslation("checkout.backToCart"), click -> getUI().ifPresent(ui -> ui.navigate("cart")));
        back.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(icon, new H2(getTranslation("checkout.empty")), new Paragraph(getTranslation("checkout.emptyHint")), back);
    }
}
