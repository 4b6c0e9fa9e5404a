package com.ks.platform.ordering.ui;

import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Items, shipping, discount and the total, each on its own line: every cost is visible before the last click
 * (E-Commerce Law art. 17, Consumer Protection Law art. 20: truthful and complete price information).
 */
class PriceSummary extends Div {

    PriceSummary() {
        addClassName("ks-price-summary");
    }

    void show(long itemsFen, long shippingFen, long discountFen, long totalFen) {
        removeAll();
        row("checkout.items", Formats.money(itemsFen, getLocale()), false);
        row(
                "checkout.shipping",
                shippingFen == 0 ? getTranslation("checkout.freeShipping") : Formats.money(shippingFen, getLocale()),
                false);
        row("checkout.discount", "-" + Formats.money(discountFen, getLocale()), false);
        row("checkout.total", Formats.money(totalFen, getLocale()), true);
    }

    private void row(String labelKey, String value, boolean total) {
        Span label = new Span(getTranslation(labelKey));
        Span amount = new Span(value);
        amount.addClassName("ks-tabular");
        Div row = new Div(label, amount);
        row.addClassName("ks-price-summary-row");
        if (total) {
            row.addClassName("ks-price-summary-total");
            amount.addClassName("ks-price");
        }
        add(row);
    }
}
