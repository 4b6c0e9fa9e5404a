package com.ks.platform.support.ui;

import com.vaadin.flow.server.VaadinSession;

/** The browser session a visitor's vote or deflection belongs to (the services store only a hash of it). */
final class HelpSession {

    private HelpSession() {}

    static String current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null
                ? null
                : session.getSession().getId();
    }
}
