package com.ks.platform.web.layout;

import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantRoutes;
import com.ks.platform.merchant.MerchantSummary;
import com.ks.platform.ui.LanguageSelection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The merchant portal. A merchant that may not trade yet (or any more) sees only its onboarding status. */
@Layout("/merchant")
@PermitAll
public class MerchantLayout extends ConsoleLayout implements BeforeEnterObserver {

    private final MerchantQueries merchants;

    public MerchantLayout(
            AuthenticationContext authentication, LanguageSelection languages, MerchantQueries merchants) {
        super("merchant", "surface.merchant", authentication, languages);
        this.merchants = merchants;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean trading = merchants
                .myMerchant()
                .map(MerchantSummary::status)
                .filter(s -> s.isTrading())
                .isPresent();
        if (!trading && !MerchantRoutes.ONBOARDING.equals(event.getLocation().getPath())) {
            event.forwardTo(MerchantRoutes.ONBOARDING);
        }
    }
}
