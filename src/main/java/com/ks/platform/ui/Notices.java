package com.ks.platform.ui;

import com.ks.platform.shared.DomainException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages at the bottom of the screen, always in the person's language. */
public final class Notices {

    private static final int DURATION_MS = 5000;

    private Notices() {}

    public static void success(String key, Object... params) {
        show(key, NotificationVariant.LUMO_SUCCESS, params);
    }

    /** Neither success nor failure: why something did not happen as asked. */
    public static void info(String key, Object... params) {
        show(key, NotificationVariant.LUMO_PRIMARY, params);
    }

    public static void error(String key, Object... params) {
        show(key, NotificationVariant.LUMO_ERROR, params);
    }

    public static void error(DomainException error) {
        error(error.messageKey(), error.arguments());
    }

    private static void show(String key, NotificationVariant variant, Object... params) {
        UI ui = UI.getCurrent();
        String text = ui == null ? key : ui.getTranslation(key, params);
        Notification notification = Notification.show(text, DURATION_MS, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(variant);
    }
}
