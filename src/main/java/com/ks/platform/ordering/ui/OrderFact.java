package com.ks.platform.ordering.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A muted label and its value on one line (订单号 …, 下单时间 …), in tabular figures. */
class OrderFact extends Div {

    OrderFact(String labelKey, String value, String className) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("ks-muted");
        Span text = new Span(value);
        text.addClassName("ks-tabular");
        add(label, text);
        addClassName(className);
    }
}
