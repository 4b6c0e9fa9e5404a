package com.ks.platform.web.layout;

import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantRoutes;
import com.ks.platform.merchant.MerchantSummary;
import com.ks.platform.notification.NotificationService;
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
    private final NotificationService notifications;

    public MerchantLayout(
            AuthenticationContext authentication,
            LanguageSelection languages,
            MerchantQueries merchants,
            NotificationService notifications) {
        super("merchant", "surface.merchant", authentication, languages);
        this.merchants = merchants;
        this.notifications = notifications;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // review decisions and expiry reminders are listed on the onboarding page
        showUnreadNotices(notifications.countMyUnread(), MerchantRoutes.ONBOARDING);
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
