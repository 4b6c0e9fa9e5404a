package com.ks.platform.merchant.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantRoutes;
import com.ks.platform.ui.MerchantHomeSection;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;

/** The merchant portal's home for a merchant that may trade. */
@Route(MerchantRoutes.HOME)
@Menu(title = "nav.merchant.home", order = 1, icon = "vaadin:shop")
@RolesAllowed(Roles.MERCHANT)
public class MerchantHomeView extends Div implements HasDynamicTitle {

    public MerchantHomeView(MerchantQueries merchants, List<MerchantHomeSection> sections) {
        addClassName("ks-merchant-home");
        Div welcome = new Div();
        welcome.addClassName("ks-card");
        merchants.myMerchant().ifPresent(merchant -> {
            welcome.add(new H2(getTranslation("merchantHome.welcome", merchant.storeName())));
            welcome.add(new Paragraph(getTranslation(
                    "merchantHome.status",
                    getTranslation("merchant.status." + merchant.status().name()))));
        });
        add(welcome);
        sections.stream()
                .sorted(Comparator.comparingInt(MerchantHomeSection::order))
                .forEach(section -> add(section.create()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surface.merchant");
    }
}
