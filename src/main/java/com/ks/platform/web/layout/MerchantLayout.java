package com.ks.platform.web.layout;

import com.ks.platform.merchant.MerchantAccess;
import com.ks.platform.merchant.MerchantActor;
import com.ks.platform.merchant.MerchantRoutes;
import com.ks.platform.ui.LanguageSelection;
import com.ks.platform.ui.MessageBell;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * The merchant portal. A merchant that may not trade yet (or any more) shows its owner only the onboarding status and
 * its staff only the home. Staff see and open only the pages their permissions allow ({@code StaffAccess}); that is
 * decided on every navigation from the database, and the services behind the pages check again.
 */
@Layout("/merchant")
@PermitAll
public class MerchantLayout extends ConsoleLayout implements BeforeEnterObserver {

    private final MerchantAccess access;

    public MerchantLayout(
            AuthenticationContext authentication,
            LanguageSelection languages,
            MessageBell messageBell,
            MerchantAccess access) {
        super("merchant", "surface.merchant", authentication, languages, messageBell);
        this.access = access;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<MerchantActor> me = access.current();
        boolean owner = me.map(MerchantActor::owner).orElse(true);
        showNavigation(view -> me.map(actor -> actor.mayOpen(view)).orElse(true));
        // a penalised merchant keeps its portal: open orders are still fulfilled, violations read and appealed
        boolean trading =
                me.map(actor -> actor.merchant().status().approvedOnce()).orElse(false);
        String path = event.getLocation().getPath();
        if (!trading) {
            String only = owner ? MerchantRoutes.ONBOARDING : MerchantRoutes.HOME;
            if (!only.equals(path)) {
                // the portal's home is where signing in lands: only a page picked from the menu needs the reason
                if (!MerchantRoutes.HOME.equals(path)) {
                    Notices.info("onboarding.locked");
                }
                event.forwardTo(only);
            }
            return;
        }
        if (!me.get().mayOpen(event.getNavigationTarget())) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }
}
