package com.ks.platform.web.ui;

import com.ks.platform.ui.Notices;
import com.ks.platform.ui.PasskeyCeremony;
import com.ks.platform.ui.SignInHints;
import com.ks.platform.ui.StorefrontLayout;
import com.ks.platform.web.security.SignInOptions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Password sign-in for every role, and "sign in with <provider>" when an OIDC provider is configured. */
@Route(value = "login", layout = StorefrontLayout.class)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView(SignInOptions options) {
        addClassNames("ks-card", "ks-narrow");
        form.setAction("login");
        form.setI18n(i18n());
        form.setForgotPasswordButtonVisible(false);
        SignInHints.takeSignedUp().ifPresent(this::welcome);
        add(form, passkeyButton());
        options.oidcProvider().ifPresent(provider -> {
            Anchor oidc = new Anchor(options.oidcStartPath(), getTranslation("login.oidc", provider));
            oidc.setRouterIgnore(true);
            oidc.addClassName("ks-oidc-login");
            oidc.getElement().getThemeList().add("primary");
            Paragraph consent = new Paragraph(getTranslation("login.oidc.consent"));
            consent.addClassName("ks-muted");
            add(new Div(oidc), consent);
        });
        Paragraph forgot = new Paragraph(new Anchor("forgot-password", getTranslation("login.forgot")));
        forgot.addClassName("ks-login-forgot");
        add(forgot);
        Paragraph register = new Paragraph(getTranslation("login.noAccount") + " ");
        register.add(new Anchor("register", getTranslation("nav.register")));
        register.add(" · ");
        register.add(new Anchor("merchant-signup", getTranslation("nav.merchantSignUp")));
        add(register);
    }

    /** 使用通行密钥登录: one touch, no password; for staff it is both factors (issue 20). */
    private Button passkeyButton() {
        Button passkey = new Button(getTranslation("login.passkey"), VaadinIcon.KEY.create());
        passkey.setId("login-passkey");
        passkey.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        passkey.setWidthFull();
        PasskeyCeremony.bindSignIn(
                passkey,
                outcome -> Notices.error(
                        "cancelled".equals(outcome) ? "login.passkey.cancelled" : "login.passkey.failed"));
        return passkey;
    }

    /** Just signed up: say so, with the e-mail already typed, so only the password is left. */
    private void welcome(String email) {
        Paragraph done = new Paragraph(getTranslation("login.signedUp"));
        done.setId("login-signed-up");
        done.addClassName("ks-success");
        add(done);
        form.getElement()
                .executeJs(
                        "const form = this; customElements.whenDefined('vaadin-login-form').then(() =>"
                                + " requestAnimationFrame(() => {"
                                + " const user = form.querySelector('[name=username]');"
                                + " if (user) { user.value = $0; }"
                                + " const password = form.querySelector('[name=password]');"
                                + " if (password) { password.focus(); } }));",
                        email);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    /**
     * {@code ?error} alone is a wrong password; the security chain names other refusals: too many attempts (with the
     * minutes to wait) and a provider sign-in refused for a reason the person can act on.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        if (!parameters.getParameters().containsKey("error")) {
            form.setError(false);
            return;
        }
        String reason = parameters.getSingleParameter("error").orElse("");
        LoginI18n i18n = i18n();
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        switch (reason) {
            case "rate-limited" -> {
                String minutes = parameters
                        .getSingleParameter("wait")
                        .filter(wait -> wait.matches("\\d{1,4}"))
                        .orElse("15");
                error.setTitle(getTranslation("login.error.rateLimited.title"));
                error.setMessage(getTranslation("login.error.rateLimited.message", minutes));
            }
            case "email_not_verified" -> {
                error.setTitle(getTranslation("login.error.oidcUnverified.title"));
                error.setMessage(getTranslation("login.error.oidcUnverified.message"));
            }
            case "account_disabled" -> {
                error.setTitle(getTranslation("login.error.disabled.title"));
                error.setMessage(getTranslation("login.error.disabled.message"));
            }
            case "oidc" -> {
                error.setTitle(getTranslation("login.error.oidc.title"));
                error.setMessage(getTranslation("login.error.oidc.message"));
            }
            default -> {
                // a wrong e-mail or password: the texts set in the constructor
            }
        }
        form.setI18n(i18n);
        form.setError(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Ks";
    }
}
