package com.ks.platform.support.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.support.MyTickets;
import com.ks.platform.support.SupportRoutes;
import com.ks.platform.support.TicketQueries;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A shopper's ticket in the storefront. */
@Route(value = SupportRoutes.MY_TICKETS + "/:ticketId", layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class MyTicketView extends RequesterTicketView {

    public MyTicketView(MyTickets tickets, TicketQueries queries) {
        super(tickets, queries);
    }
}
