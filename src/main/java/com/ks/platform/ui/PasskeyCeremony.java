package com.ks.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import java.util.function.Consumer;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Binds a button to a passkey ceremony in the browser ({@code frontend/scripts/ks-passkeys.js}): the authenticator must
 * be asked inside the click itself (browsers refuse WebAuthn without a user gesture), so the click never waits for the
 * server. The outcome comes back as {@code ok}, {@code cancelled} or {@code failed}.
 */
public final class PasskeyCeremony {

    static final String SCRIPT = "context://scripts/ks-passkeys.js";

    private PasskeyCeremony() {}

    /** Registers a passkey for the signed-in person, named by what the label field holds at the click. */
    public static void bindRegister(Component button, TextField label, Consumer<String> outcome) {
        listen(button, outcome);
        button.addAttachListener(attach -> {
            attach.getUI().getPage().addJavaScript(SCRIPT);
            String[] csrf = csrf();
            button.getElement()
                    .executeJs(
                            "window.ksPasskeys.bindRegister(this, $0, {header: $1, token: $2})",
                            label,
                            csrf[0],
                            csrf[1]);
        });
    }

    /** Signs in with a passkey; on success the browser follows the server to the person's home. */
    public static void bindSignIn(Component button, Consumer<String> failure) {
        listen(button, failure);
        button.addAttachListener(attach -> {
            attach.getUI().getPage().addJavaScript(SCRIPT);
            String[] csrf = csrf();
            button.getElement()
                    .executeJs("window.ksPasskeys.bindSignIn(this, {header: $0, token: $1})", csrf[0], csrf[1]);
        });
    }

    private static void listen(Component button, Consumer<String> outcome) {
        button.getElement()
                .addEventListener(
                        "ks-passkey",
                        event -> outcome.accept(
                                event.getEventData().get("event.detail.result").asString()))
                .addEventData("event.detail.result");
    }

    /** The session's CSRF header and token, which the WebAuthn endpoints check like every other post. */
    private static String[] csrf() {
        VaadinRequest request = VaadinRequest.getCurrent();
        CsrfToken token = request == null ? null : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null
                ? new String[] {"X-CSRF-TOKEN", ""}
                : new String[] {token.getHeaderName(), token.getToken()};
    }
}
