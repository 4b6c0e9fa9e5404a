package com.ks.platform.identity.ui;

import com.ks.platform.identity.SecondFactors;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Marks the current sign-in as having passed the second factor, for this and every later request of the session. */
final class SecondFactorSession {

    private SecondFactorSession() {}

    static void completed() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecondFactors.withAuthenticatorFactor(
                SecurityContextHolder.getContext().getAuthentication()));
        SecurityContextHolder.setContext(context);
        // where Spring Security's filter looks for the sign-in on the next request
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    /**
     * Where to go after the step, relative to the site's root: the staff page the person asked for (a path of this
     * site only — never another host), otherwise the home of their strongest role.
     */
    static String continueTo(String requested) {
        if (requested != null && requested.matches("/?(merchant|workbench|compliance|admin)[A-Za-z0-9/_\\-]*")) {
            return requested.startsWith("/") ? requested.substring(1) : requested;
        }
        return "signed-in";
    }
}
