package com.ks.platform.engagement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** An empty list that says what would be here and where to go instead. */
class EmptyState extends Div {

    EmptyState(VaadinIcon icon, String titleKey, String hintKey) {
        addClassNames("ks-card", "ks-cart-empty");
        var mark = icon.create();
        mark.addClassName("ks-cart-empty-icon");
        Button home =
                new Button(getTranslation("engagement.goHome"), click -> getUI().ifPresent(ui -> ui.navigate("")));
        home.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(mark, new H2(getTranslation(titleKey)), new Paragraph(getTranslation(hintKey)), home);
    }
}
