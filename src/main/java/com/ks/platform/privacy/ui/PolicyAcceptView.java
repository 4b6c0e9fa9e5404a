package com.ks.platform.privacy.ui;

import com.ks.platform.identity.AccountPrivacy;
import com.ks.platform.privacy.PrivacyRoutes;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The new privacy policy, to accept before going on, or to decline by signing out (nothing is used meanwhile). */
@Route(value = PrivacyRoutes.ACCEPT_POLICY, layout = StorefrontLayout.class)
@PermitAll
public class PolicyAcceptView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    static final String CONTINUE = "continue";

    private final AccountPrivacy privacy;
    private String continueTo = "";

    public PolicyAcceptView(AccountPrivacy privacy, AuthenticationContext authentication) {
        this.privacy = privacy;
        addClassNames("ks-card", "ks-narrow");
        Button accept = new Button(getTranslation("pipl.policy.accept"), click -> accept());
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button decline = new Button(getTranslation("pipl.policy.decline"), click -> authentication.logout());
        Div actions = new Div(accept, decline);
        actions.addClassName("ks-actions");
        add(
                new H2(getTranslation("pipl.policy.title")),
                new Paragraph(getTranslation("pipl.policy.changed", privacy.policyVersion())),
                new Anchor("privacy-policy", getTranslation("pipl.policy.read")),
                actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String requested = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(CONTINUE)
                .orElse("");
        // only a path inside this application: never an address elsewhere (an open redirect)
        continueTo =
                requested.startsWith("/") || requested.contains("://") || requested.contains("\\") ? "" : requested;
    }

    private void accept() {
        privacy.acceptCurrentPolicy();
        getUI().ifPresent(ui -> ui.navigate(continueTo));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pipl.policy.title");
    }
}
