package com.ks.platform.identity.ui;

import com.ks.platform.identity.EmailChanges;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The link from the confirmation mail: opening it changes the sign-in address (once). Open to visitors, since the mail
 * may be read on another device; the token alone is the proof.
 */
@Route(value = EmailChanges.CONFIRM_ROUTE, layout = StorefrontLayout.class)
@AnonymousAllowed
public class ConfirmEmailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final EmailChanges changes;
    private final Paragraph outcome = new Paragraph();

    public ConfirmEmailView(EmailChanges changes) {
        this.changes = changes;
        addClassNames("ks-card", "ks-narrow");
        outcome.setId("email-change-outcome");
        add(
                new H2(getTranslation("emailChange.title")),
                outcome,
                new Anchor("login", getTranslation("emailChange.signIn")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse(null);
        String key;
        try {
            key = "emailChange.outcome." + changes.confirm(token).name();
        } catch (DomainException refused) {
            key = refused.messageKey();
        }
        outcome.setText(getTranslation(key));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("emailChange.title") + " · Ks";
    }
}
