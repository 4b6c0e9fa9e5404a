package com.ks.platform.privacy.ui;

import com.ks.platform.identity.AccountDetails;
import com.ks.platform.identity.AccountPrivacy;
import com.ks.platform.identity.ConsentPurpose;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;

/**
 * 更正资料 and 授权与同意, two cards: correct the name (PIPL art. 46; the address book corrects addresses) and give or
 * withdraw each consent on its own (art. 15): personalised recommendations and marketing per channel, effective at once.
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
        addClassName("ks-stack");
        add(profile(me), consents(consents));
    }

    private Div profile(AccountDetails me) {
        name.setLabel(getTranslation("pipl.profile.name"));
        name.setValue(me.displayName());
        name.setMaxLength(60);
        name.setRequiredIndicatorVisible(true);
        TextField email = new TextField(getTranslation("pipl.profile.email"));
        email.setValue(me.email());
        email.setReadOnly(true);
        FormLayout form = new FormLayout(name, email);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        Button save = Buttons.submitting(new Button(getTranslation("pipl.profile.save")), this::saveName);
        Div links = new Div(
                new Anchor("account/addresses", getTranslation("pipl.profile.addresses")),
                new Anchor("account/security", getTranslation("pipl.profile.password")),
                new Anchor("account/security#email-change", getTranslation("emailChange.link")));
        links.addClassName("ks-actions");
        Div card = new Div(new H3(getTranslation("pipl.profile.title")), form, save, links);
        card.addClassName("ks-card");
        return card;
    }

    private Div consents(Map<ConsentPurpose, Boolean> consents) {
        Div card = new Div(new H3(getTranslation("pipl.consents.title")));
        card.addClassName("ks-card");
        for (ConsentPurpose purpose : SWITCHES) {
            Checkbox box = new Checkbox(getTranslation("pipl.consent." + purpose.name()));
            box.setValue(consents.getOrDefault(purpose, false));
            box.addValueChangeListener(change -> {
                privacy.changeMyConsent(purpose, change.getValue());
                Notices.success(change.getValue() ? "pipl.consent.given" : "pipl.consent.withdrawn");
            });
            card.add(new Div(box));
        }
        Paragraph explain = new Paragraph(getTranslation("privacy.settings.explain"));
        explain.addClassName("ks-muted");
        Paragraph version = new Paragraph(getTranslation("pipl.consents.policy", privacy.policyVersion()));
        version.addClassName("ks-muted");
        card.add(explain, version, new Anchor("privacy-policy", getTranslation("privacy.title")));
        return card;
    }

    private void saveName() {
        Map<String, String> errors = privacy.correctMyName(name.getValue());
        FieldErrors.show(errors, Map.of("displayName", name));
        if (errors.isEmpty()) {
            Notices.success("pipl.profile.saved");
        }
    }
}
