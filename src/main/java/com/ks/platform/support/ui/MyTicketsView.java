package com.ks.platform.support.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.support.SupportRoutes;
import com.ks.platform.support.TicketQueries;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 我的工单: the shopper's tickets with their state, and the way to ask a new question. */
@Route(value = SupportRoutes.MY_TICKETS, layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class MyTicketsView extends VerticalLayout implements HasDynamicTitle {

    public MyTicketsView(TicketQueries queries) {
        addClassName("ks-support-tickets");
        Button ask = new Button(
                getTranslation("support.list.ask"),
                click -> getUI().ifPresent(ui -> ui.navigate(SupportRoutes.CONTACT)));
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("support.list.title.mine")), ask);
        int total = queries.countMyTickets();
        if (total == 0) {
            add(new Paragraph(getTranslation("support.list.empty")));
            return;
        }
        add(new MyTicketsGrid(queries, total, SupportRoutes::myTicket));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.list.title.mine") + " · Ks 下单平台";
    }
}
