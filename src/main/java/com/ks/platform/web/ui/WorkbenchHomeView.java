package com.ks.platform.web.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.CurrentActor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The customer-service workbench's home. There is no ticket queue yet (merchants handle after-sales cases); the page
 * says plainly that there is no queue yet rather than showing invented numbers.
 */
@Route("workbench")
@Menu(title = "nav.workbench.home", order = 1, icon = "vaadin:headset")
@RolesAllowed(Roles.CS_AGENT)
public class WorkbenchHomeView extends Div implements HasDynamicTitle {

    public WorkbenchHomeView() {
        String name = CurrentActor.get().map(actor -> actor.label()).orElse("");
        Div card = new Div(
                new H2(getTranslation("workbench.home.greeting", name)),
                new Paragraph(getTranslation("workbench.home.noQueue")));
        card.addClassName("ks-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surface.workbench");
    }
}
