package com.ks.platform.compliance.ui;

import com.ks.platform.compliance.MerchantViolationService;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantRoutes;
import com.ks.platform.ui.ListPages;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The merchant's violations, newest first; each opens with its evidence and the appeal form while it is open. */
@Route(MerchantRoutes.VIOLATIONS)
@Menu(title = "nav.merchant.violations", order = 20, icon = "vaadin:gavel")
@RolesAllowed(Roles.MERCHANT)
public class MerchantViolationsView extends VerticalLayout implements HasDynamicTitle {

    public MerchantViolationsView(MerchantViolationService violations) {
        setPadding(false);
        ViolationGrid grid = new ViolationGrid(false, v -> MerchantRoutes.VIOLATIONS + "/" + v.id());
        grid.setItems(DataProvider.fromCallbacks(
                query -> violations.mine(query.getOffset(), query.getLimit()).stream(),
                query -> violations.countMine()));
        Paragraph help = new Paragraph(getTranslation("merchantViolations.help"));
        help.addClassName("ks-muted");
        add(new H2(getTranslation("merchantViolations.title")), help, grid);
        ListPages.fill(this, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("merchantViolations.title");
    }
}
