package com.ks.platform.merchant.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantAccess;
import com.ks.platform.merchant.MerchantRoutes;
import com.ks.platform.merchant.StaffAccess;
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

/** The merchant portal's home: its owner's and every staff member's, with the sections each may see. */
@Route(MerchantRoutes.HOME)
@Menu(title = "nav.merchant.home", order = 1, icon = "vaadin:shop")
@RolesAllowed(Roles.MERCHANT)
@StaffAccess
public class MerchantHomeView extends Div implements HasDynamicTitle {

    public MerchantHomeView(MerchantAccess access, List<MerchantHomeSection> sections) {
        addClassName("ks-merchant-home");
        Div welcome = new Div();
        welcome.addClassName("ks-card");
        access.current().map(actor -> actor.merchant()).ifPresent(merchant -> {
            welcome.add(new H2(getTranslation("merchantHome.welcome", merchant.storeName())));
            welcome.add(new Paragraph(getTranslation(
                    "merchantHome.status",
                    getTranslation("merchant.status." + merchant.status().name()))));
        });
        add(welcome);
        sections.stream()
                .filter(MerchantHomeSection::available)
                .sorted(Comparator.comparingInt(MerchantHomeSection::order))
                .forEach(section -> add(section.create()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surface.merchant");
    }
}
