package com.ks.platform.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A number that matters on a console home, with what it counts. */
public class KpiCard extends Div {

    public KpiCard(String label, String value) {
        addClassNames("ks-card", "ks-kpi");
        Span number = new Span(value);
        number.addClassName("ks-kpi-value");
        Span text = new Span(label);
        text.addClassName("ks-kpi-label");
        add(number, text);
    }

    /** A grid of cards that wraps on narrow screens. */
    public static Div row(KpiCard... cards) {
        Div row = new Div(cards);
        row.addClassName("ks-grid");
        row.setWidthFull();
        return row;
    }
}
