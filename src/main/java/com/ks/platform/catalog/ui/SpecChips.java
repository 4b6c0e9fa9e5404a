package com.ks.platform.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The values of one spec dimension as chips; one may be chosen, unavailable ones are disabled and marked 缺货. */
class SpecChips extends Div {

    private final Map<String, Button> chips = new LinkedHashMap<>();
    private final Runnable onChange;
    private String selected;

    SpecChips(String name, List<String> values, Runnable onChange) {
        this.onChange = onChange;
        addClassName("ks-spec");
        setVisible(name != null && !values.isEmpty());
        Span label = new Span(name == null ? "" : name);
        label.addClassName("ks-spec-name");
        Div row = new Div();
        row.addClassName("ks-spec-values");
        row.getElement().setAttribute("role", "group");
        row.getElement().setAttribute("aria-label", name == null ? "" : name);
        for (String value : values) {
            Button chip = new Button(value, click -> toggle(value));
            chip.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_TERTIARY);
            chip.addClassName("ks-chip");
            chip.getElement().setAttribute("aria-pressed", "false");
            chips.put(value, chip);
            row.add(chip);
        }
        add(label, row);
    }

    String selected() {
        return selected;
    }

    void select(String value) {
        selected = value;
        chips.forEach((v, chip) -> {
            boolean on = v.equals(value);
            chip.getElement().setAttribute("aria-pressed", Boolean.toString(on));
            if (on) {
                chip.addClassName("ks-chip-selected");
            } else {
                chip.removeClassName("ks-chip-selected");
            }
        });
    }

    /** The others are disabled and say 缺货 in words (grey alone is lost on many people and on every screen reader). */
    void enableOnly(Predicate<String> available) {
        chips.forEach((value, chip) -> {
            boolean enabled = available.test(value);
            chip.setEnabled(enabled);
            if (enabled) {
                chip.setSuffixComponent(null);
            } else {
                Span soldOut = new Span(getTranslation("product.specSoldOut"));
                soldOut.addClassName("ks-chip-sold-out");
                chip.setSuffixComponent(soldOut);
            }
        });
    }

    private void toggle(String value) {
        select(value.equals(selected) ? null : value);
        onChange.run();
    }
}
