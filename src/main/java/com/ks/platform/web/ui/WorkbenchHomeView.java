package com.ks.platform.web.ui;

import com.ks.platform.aftersales.AfterSalesQueries;
import com.ks.platform.aftersales.AfterSalesRoutes;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.CurrentActor;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The customer-service workbench's home: how many after-sales cases wait for the platform (平台介入), with the way to
 * the queue. There is no ticket queue for other contacts yet; the page counts only what exists.
 */
@Route("workbench")
@Menu(title = "nav.workbench.home", order = 1, icon = "vaadin:headset")
@RolesAllowed(Roles.CS_AGENT)
public class WorkbenchHomeView extends Div implements HasDynamicTitle {

    public WorkbenchHomeView(AfterSalesQueries afterSales) {
        String name = CurrentActor.get().map(actor -> actor.label()).orElse("");
        Anchor queue = new Anchor(AfterSalesRoutes.PLATFORM_QUEUE, getTranslation("workbench.home.openQueue"));
        Div card = new Div(
                new H2(getTranslation("workbench.home.greeting", name)),
                new Paragraph(getTranslation("workbench.home.waiting", afterSales.countWaitingForPlatform())),
                queue);
        card.addClassName("ks-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surface.workbench");
    }
}
