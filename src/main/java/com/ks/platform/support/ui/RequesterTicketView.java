package com.ks.platform.support.ui;

import com.ks.platform.support.MyTickets;
import com.ks.platform.support.TicketQueries;
import com.ks.platform.ui.RouteObjects;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/** A requester's own ticket by its id in the route; another person's ticket id shows "not found". */
abstract class RequesterTicketView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TicketQueries queries;
    private final TicketPage page;

    RequesterTicketView(MyTickets tickets, TicketQueries queries) {
        this.queries = queries;
        this.page = new TicketPage(tickets, queries);
        add(page);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteObjects.showOrNotFound(event, "ticketId", RouteObjects.orEmpty(queries::myTicket), page::show);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.ticket.title") + " · Ks 下单平台";
    }
}
