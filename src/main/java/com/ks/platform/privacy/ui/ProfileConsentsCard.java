package com.ks.platform.privacy.ui;

import com.ks.platform.identity.AccountDetails;
import com.ks.platform.identity.AccountPrivacy;
import com.ks.platform.identity.ConsentPurpose;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;

/**
 * 资料与授权: correct the name (PIPL art. 46; the address book corrects addresses) and give or withdraw each consent on
 * its own (art. 15): personalised recommendations and marketing per channel. Each switch takes effect at once.
 */
class ProfileConsentsCard extends Div {

    private static final List<ConsentPurpose> SWITCHES = List.of(
            ConsentPurpose.PERSONALISATION,
            ConsentPurpose.MARKETING_EMAIL,
            ConsentPurpose.MARKETING_SMS,
            ConsentPurpose.MARKETING_MESSAGE);

    private final AccountPrivacy privacy;
    private final TextField name = new TextField();

    ProfileConsentsCard(AccountPrivacy privacy, AccountDetails me, Map<ConsentPurpose, Boolean> consents) {
        this.privacy = privacy;
        addClassName("ks-card");
        name.setLabel(getTranslation("pipl.profile.name"));
        name.setValue(me.displayName());
        name.setMaxLength(60);
        name.setRequiredIndicatorVisible(true);
        TextField email = new TextField(getTranslation("pipl.profile.email"));
        email.setValue(me.email());
        email.setReadOnly(true);
        Button save = Buttons.submitting(new Button(getTranslation("pipl.profile.save")), this::saveName);
        Anchor addresses = new Anchor("account/addresses", getTranslation("pipl.profile.addresses"));
        Anchor password = new Anchor("account/security", getTranslation("pipl.profile.password"));
        Div links = new Div(addresses, password);
        links.addClassName("ks-actions");
        add(new H3(getTranslation("pipl.profile.title")), name, email, save, links);

        add(new H3(getTranslation("pipl.consents.title")));
        for (ConsentPurpose purpose : SWITCHES) {
            Checkbox box = new Checkbox(getTranslation("pipl.consent." + purpose.name()));
            box.setValue(consents.getOrDefault(purpose, false));
            box.addValueChangeListener(change -> {
                privacy.changeMyConsent(purpose, change.getValue());
                Notices.success(change.getValue() ? "pipl.consent.given" : "pipl.consent.withdrawn");
            });
            add(box);
        }
        Paragraph explain = new Paragraph(getTranslation("privacy.settings.explain"));
        explain.addClassName("ks-muted");
        Paragraph version = new Paragraph(getTranslation("pipl.consents.policy", privacy.policyVersion()));
        version.addClassName("ks-muted");
        add(explain, version, new Anchor("privacy-policy", getTranslation("privacy.title")));
    }

    private void saveName() {
        Map<String, String> errors = privacy.correctMyName(name.getValue());
        FieldErrors.show(errors, Map.of("displayName", name));
        if (errors.isEmpty()) {
            Notices.success("pipl.profile.saved");
        }
    }
}
