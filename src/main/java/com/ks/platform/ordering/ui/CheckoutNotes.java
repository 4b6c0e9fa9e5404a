package com.ks.platform.ordering.ui;

import com.ks.platform.ordering.CheckoutQuote;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What changed or cannot be ordered, in plain words above the items; nothing when all is well. */
final class CheckoutNotes {

    private CheckoutNotes() {}

    static Optional<Component> of(CheckoutDraft draft, CheckoutQuote quote, Locale locale) {
        Div notes = new Div();
        List<String> texts = new ArrayList<>();
        for (CheckoutQuote.Issue issue : quote.issues()) {
            texts.add(notes.getTranslation(
                    issue.messageKey(),
                    issue.title(),
                    Formats.money(issue.shownPriceFen(), locale),
                    Formats.money(issue.currentPriceFen(), locale)));
        }
        quote.shops().stream().flatMap(shop -> shop.lines().stream()).forEach(line -> {
            Long added = draft.priceWhenAdded().get(line.skuId());
            boolean reported = quote.issues().stream().anyMatch(i -> i.skuId().equals(line.skuId()));
            if (added != null && added != line.unitPriceFen() && !reported) {
                texts.add(notes.getTranslation(
                        "checkout.priceSinceCart",
                        line.title(),
                        Formats.money(added, locale),
                        Formats.money(line.unitPriceFen(), locale)));
            }
        });
        if (texts.isEmpty()) {
            return Optional.empty();
        }
        notes.addClassName("ks-checkout-notes");
        notes.getElement().setAttribute("role", "status");
        notes.add(VaadinIcon.INFO_CIRCLE.create());
        Div list = new Div();
        texts.forEach(text -> list.add(new Paragraph(text)));
        notes.add(list);
        return Optional.of(notes);
    }
}
