package com.ks.platform.merchant.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantRoutes;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The merchant portal's home for a merchant that may trade. */
@Route(MerchantRoutes.HOME)
@Menu(title = "nav.merchant.home", order = 1, icon = "vaadin:shop")
@RolesAllowed(Roles.MERCHANT)
public class MerchantHomeView extends Div implements HasDynamicTitle {

    public MerchantHomeView(MerchantQueries merchants) {
        addClassName("ks-card");
        merchants.myMerchant().ifPresent(merchant -> {
            add(new H2(getTranslation("merchantHome.welcome", merchant.storeName())));
            add(new Paragraph(getTranslation(
                    "merchantHome.status",
                    getTranslation("merchant.status." + merchant.status().name()))));
        });
        Paragraph next = new Paragraph(getTranslation("merchantHome.next"));
        next.addClassName("ks-muted");
        add(next);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surface.merchant");
    }
}
