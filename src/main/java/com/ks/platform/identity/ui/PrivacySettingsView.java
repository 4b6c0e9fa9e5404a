package com.ks.platform.identity.ui;

import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.ConsentPurpose;
import com.ks.platform.identity.Roles;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A shopper's privacy choices; switching personalisation off takes effect at once (PIPL art. 24). */
@Route(value = "account/privacy", layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class PrivacySettingsView extends Div implements HasDynamicTitle {

    public PrivacySettingsView(AccountQueries queries, AccountService accounts) {
        addClassNames("ks-card", "ks-narrow");
        Checkbox personalisation = new Checkbox(getTranslation("privacy.settings.personalisation"));
        personalisation.setValue(queries.myConsents().getOrDefault(ConsentPurpose.PERSONALISATION, false));
        personalisation.addValueChangeListener(change -> {
            accounts.changeMyPersonalisation(change.getValue());
            Notices.success(change.getValue() ? "privacy.settings.on" : "privacy.settings.off");
        });
        Paragraph explain = new Paragraph(getTranslation("privacy.settings.explain"));
        explain.addClassName("ks-muted");
        add(
                new H2(getTranslation("privacy.settings.title")),
                personalisation,
                explain,
                new Anchor("privacy-policy", getTranslation("privacy.title")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.settings.title");
    }
}
