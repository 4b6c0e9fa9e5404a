package com.ks.platform.privacy.ui;

import com.ks.platform.identity.AccountPrivacy;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.Roles;
import com.ks.platform.privacy.AccountClosures;
import com.ks.platform.privacy.PrivacyCentre;
import com.ks.platform.privacy.PrivacyRequests;
import com.ks.platform.privacy.PrivacyRoutes;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * 隐私中心: a shopper's rights under PIPL in one place — see and download their data (art. 45), correct it (art. 46),
 * give and withdraw consents (art. 15), ask the officers (art. 50), close the account (art. 47).
 */
@Route(value = PrivacyRoutes.CENTRE, layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class PrivacyCentreView extends Div implements HasDynamicTitle {

    public PrivacyCentreView(
            PrivacyCentre centre,
            AccountQueries accounts,
            AccountPrivacy privacy,
            PrivacyRequests requests,
            AccountClosures closures,
            AuthenticationContext authentication) {
        addClassName("ks-stack");
        add(new H2(getTranslation("pipl.centre.title")));
        accounts.me()
                .ifPresent(me -> add(
                        new MyDataCard(centre, getLocale()),
                        new ProfileConsentsCard(privacy, me, accounts.myConsents()),
                        new RequestsCard(requests),
                        new ClosureCard(closures, authentication::logout)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pipl.centre.title");
    }
}
