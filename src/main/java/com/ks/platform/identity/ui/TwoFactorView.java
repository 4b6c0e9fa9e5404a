package com.ks.platform.identity.ui;

import com.ks.platform.identity.IdentityRoutes;
import com.ks.platform.identity.SecondFactorCheck;
import com.ks.platform.identity.SecondFactorStatus;
import com.ks.platform.identity.SecondFactors;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;

/**
 * 两步验证: after the password, staff prove a second factor before their surface opens (OWASP ASVS 5.0 L2) — a code
 * from their authenticator app or one of their recovery codes; a staff member without one enrols an app here first.
 * The staff surfaces lead here by themselves (SecondFactorGate in the shell) and the person continues where they meant
 * to go.
 */
@Route(value = TwoFactorView.ROUTE, layout = StorefrontLayout.class)
@PermitAll
public class TwoFactorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = IdentityRoutes.TWO_FACTOR;

    private final SecondFactors factors;
    private final String demoSecret;
    private String continueTo = "signed-in";

    public TwoFactorView(
            SecondFactors factors,
            @Value("${ks.demo.enabled:false}") boolean demo,
            @Value("${ks.demo.authenticator-secret:}") String demoSecret) {
        this.factors = factors;
        this.demoSecret = demo ? demoSecret : "";
        addClassNames("ks-card", "ks-narrow");
        setId("two-factor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        continueTo = SecondFactorSession.continueTo(event.getLocation()
                .getQueryParameters()
                .getSingleParameter(IdentityRoutes.TWO_FACTOR_CONTINUE)
                .orElse(null));
        removeAll();
        add(new H2(getTranslation("mfa.title")));
        SecondFactorStatus status = factors.mine();
        if (status.authenticatorApp()) {
            verify(status);
        } else {
            enrol();
        }
    }

    private void verify(SecondFactorStatus status) {
        add(new Paragraph(getTranslation("mfa.verify.intro")));
        TextField code = codeField("two-factor-code", "mfa.code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setAllowedCharPattern("[0-9 ]");
        code.setMaxLength(8);
        Button check = submit("two-factor-verify", "mfa.verify.submit", code, factors::verifyAuthenticatorCode);
        add(code, check);
        if (!demoSecret.isEmpty()) {
            Paragraph hint = new Paragraph(getTranslation("mfa.demo.hint", demoSecret));
            hint.setId("two-factor-demo-secret");
            hint.addClassName("ks-muted");
            add(hint);
        }
        TextField recovery = codeField("two-factor-recovery", "mfa.recovery.code");
        recovery.setMaxLength(16);
        Button useRecovery =
                submit("two-factor-use-recovery", "mfa.recovery.submit", recovery, factors::useRecoveryCode);
        useRecovery.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div lostPhone = new Div(
                new Paragraph(getTranslation("mfa.recovery.intro", status.recoveryCodesLeft())), recovery, useRecovery);
        lostPhone.addClassName("ks-two-factor-recovery");
        add(lostPhone);
        if (status.passkeys() > 0) {
            Paragraph passkey = new Paragraph(getTranslation("mfa.verify.passkeyHint"));
            passkey.addClassName("ks-muted");
            add(passkey);
        }
    }

    private void enrol() {
        add(new Paragraph(getTranslation("mfa.enrol.intro")));
        add(new AuthenticatorEnrolment(factors, this::showRecoveryCodes));
        Paragraph passkey = new Paragraph(getTranslation("mfa.enrol.passkeyInstead") + " ");
        passkey.add(new Anchor("account/security", getTranslation("security.title")));
        passkey.addClassName("ks-muted");
        add(passkey);
    }

    /** Enrolled: the sign-in counts as two-factor now; the codes are shown once before the person goes on. */
    private void showRecoveryCodes(List<String> codes) {
        SecondFactorSession.completed();
        removeAll();
        add(new H2(getTranslation("mfa.enrolled.title")), new RecoveryCodesList(codes));
        Button next = new Button(getTranslation("mfa.enrolled.continue"), click -> leave());
        next.setId("two-factor-continue");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(next);
    }

    private TextField codeField(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setWidthFull();
        return field;
    }

    private Button submit(String id, String labelKey, TextField code, Function<String, SecondFactorCheck> check) {
        Button button = Buttons.submitting(new Button(getTranslation(labelKey)), () -> {
            SecondFactorCheck answer = check.apply(code.getValue());
            if (answer.accepted()) {
                SecondFactorSession.completed();
                leave();
                return;
            }
            code.setInvalid(true);
            code.setErrorMessage(getTranslation(answer.messageKey(), answer.waitMinutes()));
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    /** A full page load, so every request from now on carries the completed sign-in. */
    private void leave() {
        UI.getCurrent().getPage().setLocation(continueTo);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mfa.title") + " · Ks";
    }
}
