package com.ks.platform.identity.ui;

import com.ks.platform.identity.SecondFactorStatus;
import com.ks.platform.identity.SecondFactors;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/** 身份验证器: whether an authenticator app is set up, the recovery codes left, new codes on request. */
class AuthenticatorCard extends Div {

    AuthenticatorCard(SecondFactors factors) {
        setId("security-authenticator");
        addClassName("ks-security-section");
        SecondFactorStatus status = factors.mine();
        add(new H3(getTranslation("mfa.app.title")));
        if (!status.authenticatorApp()) {
            add(new Paragraph(getTranslation(status.staff() ? "mfa.app.noneStaff" : "mfa.app.none")));
            add(new RouterLink(getTranslation("mfa.app.setUp"), TwoFactorView.class));
            return;
        }
        Paragraph left = new Paragraph(getTranslation("mfa.app.on", status.recoveryCodesLeft()));
        left.setId("security-recovery-left");
        Button renew = new Button(getTranslation("mfa.recovery.renew"));
        renew.addClickListener(click -> {
            try {
                var codes = factors.renewRecoveryCodes();
                renew.setEnabled(false);
                left.setText(getTranslation("mfa.app.on", codes.size()));
                add(new RecoveryCodesList(codes));
            } catch (RuleViolated refused) {
                Notices.error(refused);
            }
        });
        add(left, renew);
    }
}
