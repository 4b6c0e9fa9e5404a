package com.ks.platform.identity.ui;

import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;

/** The privacy policy a person consents to; its version is stored with each consent (PIPL art. 13, 17). */
@Route(value = "privacy-policy", layout = StorefrontLayout.class)
@AnonymousAllowed
public class PrivacyPolicyView extends Div implements HasDynamicTitle {

    private static final String[] SECTIONS = {"collect", "use", "share", "rights", "contact"};

    public PrivacyPolicyView(@Value("${ks.privacy.policy-version}") String version) {
        addClassName("ks-card");
        add(new H2(getTranslation("privacy.title")));
        Paragraph versionLine = new Paragraph(getTranslation("privacy.version", version));
        versionLine.addClassName("ks-muted");
        add(versionLine);
        for (String section : SECTIONS) {
            add(new H3(getTranslation("privacy." + section + ".title")));
            add(new Paragraph(getTranslation("privacy." + section)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title");
    }
}
