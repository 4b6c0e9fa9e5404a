package com.ks.platform.web.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** The shared shape of error pages: what happened in plain words, and the way home. */
final class ErrorPage {

    private ErrorPage() {}

    static void fill(Div page, String titleKey, String textKey, String homeHref) {
        page.removeAll();
        page.addClassNames("ks-card", "ks-narrow", "ks-error-page");
        page.add(new H2(page.getTranslation(titleKey)), new Paragraph(page.getTranslation(textKey)));
        Anchor home = new Anchor(homeHref, page.getTranslation("error.goHome"));
        home.setRouterIgnore(true);
        page.add(home);
    }
}
