package com.ks.platform.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A page that could not be built because the database is away (its service could not open a transaction): "try
 * again shortly" with status 503 instead of a stack trace. No parent layout — the layouts read the database too.
 */
@AnonymousAllowed
public class UnavailableView extends Div implements HasErrorParameter<CannotCreateTransactionException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
        ErrorPage.fill(this, "error.unavailableTitle", "error.unavailable", "./");
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
