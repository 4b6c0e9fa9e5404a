package com.ks.platform.web.ui;

import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A signed-in person opened a page of another role: say so plainly and offer the way home. */
@ParentLayout(StorefrontLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassNames("ks-card", "ks-narrow", "ks-error-page");
        add(new H2(getTranslation("error.denied.title")), new Paragraph(getTranslation("error.denied.text")));
        Anchor home = new Anchor("signed-in", getTranslation("error.goHome"));
        home.setRouterIgnore(true);
        add(home);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
