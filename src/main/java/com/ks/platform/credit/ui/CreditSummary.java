package com.ks.platform.credit.ui;

import com.ks.platform.credit.CreditOverview;
import com.ks.platform.credit.CreditStanding;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** 额度卡片: available, limit and owed, why the limit is what it is, and a frozen line's warning. */
class CreditSummary extends Div {

    CreditSummary(CreditOverview credit) {
        addClassNames("ks-card", "ks-credit-summary");
        Div figures = new Div(
                figure("credit.available", credit.availableFen(), true),
                figure("credit.limit", credit.limitFen(), false),
                figure("credit.owed", credit.owedFen(), false));
        figures.addClassName("ks-credit-figures");
        add(figures);
        if (credit.frozen()) {
            Paragraph frozen = new Paragraph(getTranslation("credit.frozen"));
            frozen.addClassName("ks-error-text");
            frozen.setId("credit-frozen");
            add(frozen);
        }
        Paragraph standing = new Paragraph(getTranslation(credit.standing().messageKey()));
        standing.setId("credit-standing");
        add(standing);
        if (credit.standing() != CreditStanding.NO_HISTORY) {
            Paragraph score = new Paragraph(getTranslation("credit.score", credit.score()));
            score.addClassName("ks-muted");
            add(score);
        }
    }

    private Div figure(String labelKey, long fen, boolean main) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("ks-muted");
        Span amount = new Span(Formats.money(fen, getLocale()));
        amount.addClassNames("ks-tabular", main ? "ks-price-large" : "ks-credit-figure");
        if (main) {
            amount.addClassName("ks-price");
            amount.setId("credit-available");
        }
        Div figure = new Div(label, amount);
        figure.addClassName("ks-credit-figure-box");
        return figure;
    }
}
