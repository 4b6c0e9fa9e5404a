package com.ks.platform.support.ui;

import com.ks.platform.aftersales.AfterSalesQueries;
import com.ks.platform.aftersales.AfterSalesRoutes;
import com.ks.platform.aftersales.RefundApprovals;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.support.QueueFilter;
import com.ks.platform.support.SupportRoutes;
import com.ks.platform.support.TicketQueries;
import com.ks.platform.support.TicketSummary;
import com.ks.platform.ui.KpiCard;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The customer-service workbench's home: my open tickets and how many are due within the hour, my teams' queue, the
 * after-sales cases waiting for the platform (平台介入), my most pressing tickets, each opening the ticket, and for
 * leads the refunds above an agent's limit waiting for their approval.
 */
@Route("workbench")
@Menu(title = "nav.workbench.home", order = 1, icon = "vaadin:headset")
@RolesAllowed(Roles.CS_AGENT)
public class WorkbenchHomeView extends Div implements HasDynamicTitle {

    static final int PRESSING = 5;
    static final int LOOK_AHEAD = 50;

    public WorkbenchHomeView(
            AfterSalesQueries afterSales, TicketQueries tickets, RefundApprovals approvals, Clock clock) {
        String name = CurrentActor.get().map(actor -> actor.label()).orElse("");
        Instant soon = clock.instant().plus(Duration.ofHours(1));
        List<TicketSummary> mine = tickets.myQueue(QueueFilter.ANY, 0, LOOK_AHEAD).stream()
                .filter(t -> t.status().active())
                .toList();
        long dueSoon = mine.stream()
                .filter(t -> t.slaDue() != null && t.slaDue().isBefore(soon))
                .count();
        add(new H2(getTranslation("workbench.home.greeting", name)));
        add(KpiCard.row(
                new KpiCard(getTranslation("workbench.home.mine"), count(mine.size()))
                        .linkingTo(getTranslation("workbench.home.openTickets"), TicketQueueView.class),
                new KpiCard(getTranslation("workbench.home.dueSoon"), count(dueSoon)),
                new KpiCard(
                        getTranslation("workbench.home.team"),
                        String.valueOf(tickets.countTeamQueue(QueueFilter.ANY)))));
        Div platform = new Div(
                new Paragraph(getTranslation("workbench.home.waiting", afterSales.countWaitingForPlatform())),
                new Anchor(AfterSalesRoutes.PLATFORM_QUEUE, getTranslation("workbench.home.openQueue")));
        platform.addClassName("ks-card");
        Div pressing = new Div(new H3(getTranslation("workbench.home.pressing")));
        pressing.addClassName("ks-card");
        if (mine.isEmpty()) {
            pressing.add(new Span(getTranslation("workbench.home.nothingMine")));
        }
        mine.stream()
                .limit(PRESSING)
                .forEach(t -> pressing.add(new Div(
                        new Anchor(SupportRoutes.workbenchTicket(t.id()), t.ticketNo() + " · " + t.title()),
                        new Span(" · " + getTranslation(t.urgency().labelKey())))));
        add(pressing, platform);
        if (CurrentActor.hasRole(Roles.CS_LEAD)) {
            add(new PendingRefunds(approvals));
        }
    }

    private static String count(long n) {
        return n >= LOOK_AHEAD ? LOOK_AHEAD + "+" : String.valueOf(n);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surface.workbench");
    }
}
