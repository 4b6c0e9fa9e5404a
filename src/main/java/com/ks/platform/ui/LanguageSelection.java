package com.ks.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The language is the person's choice (kept in a cookie and, when signed in, on the account), otherwise Simplified
 * Chinese — never the browser's or the server's default.
 */
@Component
public class LanguageSelection implements VaadinServiceInitListener {

    static final String COOKIE = "ks-lang";

    private final LanguagePreferences preferences;

    LanguageSelection(LanguagePreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(initialLocale()));
    }

    public Locale initialLocale() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(Locale.class) != null) {
            return session.getAttribute(Locale.class);
        }
        return fromCookie()
                .or(preferences::preferred)
                .map(Translations::supported)
                .orElse(Translations.CHINESE);
    }

    /** Switches the current tab and remembers the choice; the page reloads so every text follows. */
    public void switchTo(Locale requested) {
        Locale locale = Translations.supported(requested);
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(Locale.class, locale);
            session.setLocale(locale);
        }
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.toLanguageTag());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        preferences.remember(locale);
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(locale);
            ui.getPage().reload();
        }
    }

    private static Optional<Locale> fromCookie() {
        VaadinRequest request = VaadinService.getCurrentRequest();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(cookie -> Locale.forLanguageTag(cookie.getValue()))
                .findFirst();
    }
}
