package com.ks.platform.support.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.support.AgentPresence;
import com.ks.platform.support.QueueFilter;
import com.ks.platform.support.SupportRoutes;
import com.ks.platform.support.SupportTeams;
import com.ks.platform.support.TicketQueries;
import com.ks.platform.support.TicketSummary;
import com.ks.platform.support.Tickets;
import com.ks.platform.ui.LinkTabs;
import com.ks.platform.ui.LiveUpdates;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/**
 * The agents' queues: 我的 (assigned to me), 团队 (my teams'), 全部 (leads), filtered and searched, the most pressing
 * SLA first, read page by page from the database (no count: the first page of a million tickets stays fast). New and
 * reassigned tickets appear by server push; the countdowns are redrawn every minute.
 */
@Route(SupportRoutes.WORKBENCH_TICKETS)
@Menu(title = "nav.workbench.tickets", order = 1.5, icon = "vaadin:inbox")
@RolesAllowed(Roles.CS_AGENT)
public class TicketQueueView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int COUNTDOWN_REFRESH_MS = 60_000;

    enum Scope {
        MINE,
        TEAM,
        ALL
    }

    private final TicketQueries queries;
    private final TicketGrid grid;
    private final QueueFilters filters;
    private final LinkTabs<Scope> tabs;
    private final boolean lead;
    private Scope scope = Scope.MINE;
    private Registration countdowns;

    public TicketQueueView(
            TicketQueries queries,
            Tickets tickets,
            SupportTeams teams,
            AgentPresence presence,
            LiveUpdates live,
            Clock clock) {
        this.queries = queries;
        setPadding(false);
        setSizeFull();
        lead = CurrentActor.hasRole(Roles.CS_LEAD);
        List<Scope> scopes = lead ? List.of(Scope.MINE, Scope.TEAM, Scope.ALL) : List.of(Scope.MINE, Scope.TEAM);
        tabs = new LinkTabs<>(getTranslation("desk.queue.scopes"), TicketQueueView.class, "scope", scopes);
        scopes.forEach(each -> tabs.setLabel(each, getTranslation("desk.queue.scope." + each.name())));
        tabs.select(scope);
        grid = new TicketGrid(clock);
        filters = new QueueFilters(filter -> refresh());
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.workbench.tickets")));
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        PresenceSwitch presenceSwitch = new PresenceSwitch(presence);
        header.addToEnd(presenceSwitch);
        add(header, tabs, filters);
        if (lead) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            add(new LeadBulkActions(grid, tickets, teams, this::refresh));
        }
        add(grid);
        grid.setItems(query -> fetch(query.getOffset(), query.getLimit()));
        live.subscribe(this, QueuePush.TOPIC, change -> refresh());
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(COUNTDOWN_REFRESH_MS);
        countdowns = attach.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        countdowns.remove();
    }

    private Stream<TicketSummary> fetch(int offset, int limit) {
        QueueFilter filter = filters.value();
        List<TicketSummary> page = switch (scope) {
            case MINE -> queries.myQueue(filter, offset, limit);
            case TEAM -> queries.teamQueue(filter, offset, limit);
            case ALL -> queries.allQueue(filter, offset, limit);
        };
        return page.stream();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        scope = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("scope")
                .flatMap(name -> java.util.Arrays.stream(Scope.values())
                        .filter(each -> each.name().equals(name))
                        .findFirst())
                .filter(chosen -> chosen != Scope.ALL || lead)
                .orElse(Scope.MINE);
        tabs.select(scope);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.workbench.tickets") + " · Ks 下单平台";
    }
}
