package com.ks.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

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

    /** Adds a link to the page where the counted things are dealt with (it also lets keyboards reach a long page). */
    public KpiCard linkingTo(String text, Class<? extends Component> view) {
        RouterLink link = new RouterLink(text, view);
        link.addClassName("ks-kpi-link");
        add(link);
        return this;
    }

    /** A grid of cards that wraps on narrow screens. */
    public static Div row(KpiCard... cards) {
        Div row = new Div(cards);
        row.addClassName("ks-grid");
        row.setWidthFull();
        return row;
    }
}
