package com.ks.platform.support.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.support.SupportRoutes;
import com.ks.platform.support.SupportTeams;
import com.ks.platform.support.TicketDetail;
import com.ks.platform.support.TicketQueries;
import com.ks.platform.support.TicketSummary;
import com.ks.platform.support.Tickets;
import com.ks.platform.support.macros.Macros;
import com.ks.platform.ui.RouteObjects;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;

/**
 * One ticket: its header, conversation (notes set apart), the reply with macros, the actions and history — and beside
 * them the person's context, so the agent never switches screens. A ticket outside the agent's teams (unless a lead)
 * is not found.
 */
@Route(SupportRoutes.WORKBENCH_TICKETS + "/:ticketId")
@RolesAllowed(Roles.CS_AGENT)
public class TicketView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TicketQueries queries;
    private final Tickets tickets;
    private final Macros macros;
    private final SupportTeams teams;
    private final PersonSources people;
    private final AttachmentLinks files;
    private final CaseSources cases;
    private final Clock clock;
    private String title = "";

    public TicketView(
            TicketQueries queries,
            Tickets tickets,
            Macros macros,
            SupportTeams teams,
            PersonSources people,
            AttachmentLinks files,
            CaseSources cases,
            Clock clock) {
        this.cases = cases;
        this.queries = queries;
        this.tickets = tickets;
        this.macros = macros;
        this.teams = teams;
        this.people = people;
        this.files = files;
        this.clock = clock;
        addClassName("ks-ticket-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteObjects.showOrNotFound(event, "ticketId", RouteObjects.orEmpty(queries::ticket), this::show);
    }

    private void show(TicketDetail ticket) {
        removeAll();
        title = ticket.summary().ticketNo();
        Runnable reload = () -> show(queries.ticket(ticket.id()));
        Div main = new Div(new TicketHeader(ticket, clock.instant()));
        main.addClassName("ks-ticket-main");
        main.add(new TicketActions(ticket, tickets, queries, teams, reload));
        if (ticket.caseId() != null) {
            main.add(new RefundApprovalPanel(
                    ticket.caseId(), cases.afterSales(), cases.approvals(), cases.limit(), reload));
        }
        main.add(new Conversation(ticket, files));
        if (ticket.status().active()) {
            main.add(new ReplyComposer(ticket, macros, tickets, reload));
        }
        main.add(new TicketHistory(ticket), new ShortcutList());
        PersonContext context = new PersonContext(people, ticket.requesterId(), earlier(ticket));
        add(main, context);
    }

    private List<Component> earlier(TicketDetail ticket) {
        return queries.requesterTickets(ticket.requesterId(), 0, PersonContext.RECENT + 1).stream()
                .filter(t -> !t.id().equals(ticket.id()))
                .limit(PersonContext.RECENT)
                .map(this::earlierTicket)
                .toList();
    }

    private Component earlierTicket(TicketSummary t) {
        Span status = new Span(getTranslation(t.status().labelKey()));
        status.addClassName("ks-badge");
        return new Div(
                new Anchor(SupportRoutes.workbenchTicket(t.id()), t.ticketNo()),
                new Span(" " + t.title() + " "),
                status);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("nav.workbench.tickets") + " · Ks 下单平台";
    }
}
