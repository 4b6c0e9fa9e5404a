package com.ks.platform.merchant.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;

/** The portal's white card on the light background. */
final class Cards {

    private Cards() {}

    /** A new empty card, already added at the end of {@code parent}. */
    static Div addTo(HasComponents parent) {
        Div card = new Div();
        card.addClassName("ks-card");
        parent.add(card);
        return card;
    }
}
