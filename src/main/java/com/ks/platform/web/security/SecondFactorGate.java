package com.ks.platform.web.security;

import com.ks.platform.identity.IdentityRoutes;
import com.ks.platform.identity.SecondFactors;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Staff surfaces open only after a second factor (issue 20, OWASP ASVS 5.0 L2): a staff sign-in without one is led to
 * the two-factor step — to enrol an authenticator app or type its code — and then on to the page it asked for. The
 * storefront and the person's own account pages (where a passkey is added) stay open: the gate guards the surfaces,
 * as Vaadin's view access checks do not know Spring Security's factor authorities.
 */
@Component
class SecondFactorGate implements VaadinServiceInitListener {

    static final Set<String> STAFF_SURFACES = Set.of("merchant", "workbench", "compliance", "admin");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(SecondFactorGate::check));
    }

    private static void check(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        String surface = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        if (STAFF_SURFACES.contains(surface)
                && SecondFactors.secondFactorMissing(
                        SecurityContextHolder.getContext().getAuthentication())) {
            event.forwardTo(
                    IdentityRoutes.TWO_FACTOR, QueryParameters.of(IdentityRoutes.TWO_FACTOR_CONTINUE, "/" + path));
        }
    }
}
