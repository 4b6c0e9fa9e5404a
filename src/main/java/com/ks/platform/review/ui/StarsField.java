package com.ks.platform.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;

/** 1–5 stars as five labelled buttons (keyboard and screen readers reach each); empty until the shopper chooses. */
class StarsField extends CustomField<Integer> {

    private final List<Button> stars = new ArrayList<>();
    private Integer value;

    StarsField(String label) {
        setLabel(label);
        setRequiredIndicatorVisible(true);
        addClassName("ks-stars-field");
        Div row = new Div();
        row.addClassName("ks-stars");
        for (int i = 1; i <= 5; i++) {
            int n = i;
            Button star = new Button(VaadinIcon.STAR_O.create(), click -> {
                setModelValue(n, true);
                show(n);
            });
            star.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            star.setAriaLabel(getTranslation("reviews.starsOf", label, n));
            stars.add(star);
            row.add(star);
        }
        add(row);
    }

    @Override
    protected Integer generateModelValue() {
        return value;
    }

    @Override
    protected void setPresentationValue(Integer newValue) {
        show(newValue);
    }

    private void show(Integer n) {
        value = n;
        for (int i = 0; i < stars.size(); i++) {
            boolean on = n != null && i < n;
            stars.get(i).setIcon(on ? VaadinIcon.STAR.create() : VaadinIcon.STAR_O.create());
            stars.get(i).getElement().setAttribute("aria-pressed", Boolean.toString(on));
        }
        setInvalid(false);
    }
}
