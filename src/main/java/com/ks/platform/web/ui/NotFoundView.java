package com.ks.platform.web.ui;

import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

@ParentLayout(StorefrontLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        ErrorPage.fill(this, "error.notFound.title", "error.notFound.text", "./");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
