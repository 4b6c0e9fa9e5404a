package com.ks.platform.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/**
 * Carries the e-mail of a sign-up just finished to the sign-in page, in the session: never in the address, where it
 * would land in logs and the browser's history. Read once.
 */
public final class SignInHints {

    private static final String SIGNED_UP = SignInHints.class.getName() + ".signedUp";

    private SignInHints() {}

    public static void signedUp(String email) {
        VaadinSession.getCurrent().setAttribute(SIGNED_UP, email);
    }

    public static Optional<String> takeSignedUp() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        Object email = session.getAttribute(SIGNED_UP);
        session.setAttribute(SIGNED_UP, null);
        return Optional.ofNullable((String) email);
    }
}
