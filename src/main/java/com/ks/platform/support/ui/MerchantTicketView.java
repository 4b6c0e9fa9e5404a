package com.ks.platform.support.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.support.MyTickets;
import com.ks.platform.support.SupportRoutes;
import com.ks.platform.support.TicketQueries;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A merchant's question to the platform, in the portal. */
@Route(SupportRoutes.MERCHANT_SUPPORT + "/:ticketId")
@RolesAllowed(Roles.MERCHANT)
public class MerchantTicketView extends RequesterTicketView {

    public MerchantTicketView(MyTickets tickets, TicketQueries queries) {
        super(tickets, queries);
    }
}
