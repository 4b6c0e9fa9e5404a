package com.ks.platform.privacy.ui;

import com.ks.platform.privacy.PrivacySettings;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The privacy policy a person consents to; its version is stored with each consent (PIPL art. 13, 17). The retention
 * periods and the closure grace period are read from the configuration the jobs use, so the text cannot drift from
 * what the product does.
 */
@Route(value = "privacy-policy", layout = StorefrontLayout.class)
@AnonymousAllowed
public class PrivacyPolicyView extends Div implements HasDynamicTitle {

    private static final String[] SECTIONS = {"collect", "use", "share", "rights"};

    public PrivacyPolicyView(PrivacySettings settings) {
        addClassName("ks-card");
        add(new H2(getTranslation("privacy.title")));
        Paragraph versionLine = new Paragraph(getTranslation("privacy.version", settings.policyVersion()));
        versionLine.addClassName("ks-muted");
        add(versionLine);
        for (String section : SECTIONS) {
            add(new H3(getTranslation("privacy." + section + ".title")));
            add(new Paragraph(getTranslation("privacy." + section)));
        }
        add(new H3(getTranslation("pipl.policy.retention.title")));
        add(new Paragraph(getTranslation("pipl.policy.retention")));
        UnorderedList periods = new UnorderedList();
        Map<String, Duration> sorted = new TreeMap<>(settings.retention());
        sorted.forEach((name, period) -> periods.add(new ListItem(getTranslation(
                "pipl.policy.retention.item", getTranslation("pipl.retention." + name), period.toDays()))));
        periods.add(new ListItem(getTranslation(
                "pipl.policy.retention.closure", settings.closureGracePeriod().toDays())));
        periods.add(new ListItem(getTranslation("pipl.policy.retention.orders")));
        add(periods);
        add(new H3(getTranslation("privacy.contact.title")));
        add(new Paragraph(getTranslation("privacy.contact")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title");
    }
}
