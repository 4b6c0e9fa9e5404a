package com.ks.platform.privacy.ui;

import com.ks.platform.identity.AccountPrivacy;
import com.ks.platform.privacy.PrivacyRoutes;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * When the privacy policy changes, a signed-in person is asked to accept the new version before going on in the
 * storefront (PIPL art. 14, 17: consent is given to the rules in force). The policy itself and the question stay open.
 */
@Component
class PolicyConsentGuard implements VaadinServiceInitListener {

    /** The policy itself and the question about it. */
    private static final Set<String> OPEN = Set.of(PrivacyRoutes.ACCEPT_POLICY, "privacy-policy");

    private final AccountPrivacy privacy;

    PolicyConsentGuard(AccountPrivacy privacy) {
        this.privacy = privacy;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        Route route = target.getAnnotation(Route.class);
        if (route == null || route.layout() != StorefrontLayout.class || OPEN.contains(route.value())) {
            return;
        }
        if (privacy.mustAcceptPolicy()) {
            String path = event.getLocation().getPathWithQueryParameters();
            event.rerouteTo(PolicyAcceptView.class, QueryParameters.simple(Map.of(PolicyAcceptView.CONTINUE, path)));
        }
    }
}
