package com.ks.platform.support.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.support.AgentSummary;
import com.ks.platform.support.DeskRoutes;
import com.ks.platform.support.RoutingRule;
import com.ks.platform.support.SupportTeams;
import com.ks.platform.support.TeamSummary;
import com.ks.platform.support.TicketType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Leads organise the desk: teams and their skills, agents with their teams and limit of open tickets, and the rules
 * that send a ticket to a team. A change takes effect with the next ticket routed; a click on a row edits it.
 */
@Route(DeskRoutes.TEAMS)
@Menu(title = "nav.workbench.teams", order = 8.5, icon = "vaadin:users")
@RolesAllowed(Roles.CS_LEAD)
public class TeamsView extends VerticalLayout implements HasDynamicTitle {

    private final SupportTeams teams;
    private final Grid<TeamSummary> teamGrid = new Grid<>();
    private final Grid<AgentSummary> agentGrid = new Grid<>();
    private final Grid<RoutingRule> ruleGrid = new Grid<>();
    private final TeamForm teamForm;
    private final AgentForm agentForm;
    private final RuleForm ruleForm;
    private Map<UUID, TeamSummary> byId = Map.of();

    public TeamsView(SupportTeams teams) {
        this.teams = teams;
        setPadding(false);
        teamForm = new TeamForm(teams, this::refresh);
        agentForm = new AgentForm(teams, this::refresh);
        ruleForm = new RuleForm(teams, this::refresh);
        teamGrid.addColumn(t -> Reasons.word(this, t.name())).setHeader(getTranslation("desk.teams.name"));
        teamGrid.addColumn(TeamSummary::code).setHeader(getTranslation("desk.teams.code"));
        teamGrid.addColumn(t -> types(t.skills()))
                .setHeader(getTranslation("desk.teams.skills"))
                .setFlexGrow(2);
        teamGrid.addColumn(TeamSummary::online).setHeader(getTranslation("desk.teams.online"));
        teamGrid.addColumn(TeamSummary::waiting).setHeader(getTranslation("desk.teams.waiting"));
        teamGrid.addItemClickListener(click -> teamForm.edit(click.getItem()));
        agentGrid.addColumn(AgentSummary::displayName).setHeader(getTranslation("desk.teams.agent"));
        agentGrid.addColumn(a -> getTranslation(a.status().labelKey())).setHeader(getTranslation("desk.teams.status"));
        agentGrid
                .addColumn(a -> getTranslation("desk.teams.load", a.openTickets(), a.maxOpen()))
                .setHeader(getTranslation("desk.teams.maxOpen"));
        agentGrid
                .addColumn(a -> teamNames(a.teamIds()))
                .setHeader(getTranslation("desk.teams.teams"))
                .setFlexGrow(2);
        agentGrid.addItemClickListener(click -> agentForm.edit(click.getItem()));
        ruleGrid.addColumn(RoutingRule::priority).setHeader(getTranslation("desk.teams.priority"));
        ruleGrid.addColumn(
                        r -> r.type() == null ? any() : getTranslation(r.type().labelKey()))
                .setHeader(getTranslation("desk.teams.type"));
        ruleGrid.addColumn(r ->
                        r.requesterKind() == null ? any() : getTranslation("desk.teams.requester." + r.requesterKind()))
                .setHeader(getTranslation("desk.teams.requester"));
        ruleGrid.addColumn(r -> r.language() == null ? any() : r.language())
                .setHeader(getTranslation("desk.teams.language"));
        ruleGrid.addColumn(r -> teamNames(List.of(r.teamId()))).setHeader(getTranslation("desk.teams.team"));
        ruleGrid.addItemClickListener(click -> ruleForm.edit(click.getItem()));
        add(
                new H2(getTranslation("nav.workbench.teams")),
                section("desk.teams.teamsTitle", teamGrid, teamForm, () -> teamForm.edit(null)),
                section("desk.teams.agentsTitle", agentGrid, agentForm, () -> agentForm.edit(null)),
                section("desk.teams.rulesTitle", ruleGrid, ruleForm, () -> ruleForm.edit(null)));
        refresh();
    }

    private Component section(String title, Grid<?> grid, Component form, Runnable create) {
        grid.setAllRowsVisible(true);
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        Button add = new Button(getTranslation(title + ".new"), VaadinIcon.PLUS.create(), click -> create.run());
        FlexLayout columns = new FlexLayout(grid, form);
        columns.addClassName("ks-macro-columns");
        columns.setWidthFull();
        columns.setFlexGrow(2, grid);
        columns.setFlexGrow(1, form);
        VerticalLayout section = new VerticalLayout(new HorizontalLayout(new H3(getTranslation(title)), add), columns);
        section.setPadding(false);
        return section;
    }

    private void refresh() {
        List<TeamSummary> all = teams.teams();
        byId = all.stream().collect(Collectors.toMap(TeamSummary::id, Function.identity()));
        teamGrid.setItems(all);
        agentGrid.setItems(teams.agents());
        ruleGrid.setItems(teams.rules());
        agentForm.offer(all);
        ruleForm.offer(all);
    }

    private String teamNames(Collection<UUID> ids) {
        return ids.stream()
                .map(byId::get)
                .filter(t -> t != null)
                .map(t -> Reasons.word(this, t.name()))
                .collect(Collectors.joining(getTranslation("desk.teams.separator")));
    }

    private String types(Collection<TicketType> types) {
        return types.stream()
                .sorted()
                .map(t -> getTranslation(t.labelKey()))
                .collect(Collectors.joining(getTranslation("desk.teams.separator")));
    }

    private String any() {
        return getTranslation("desk.teams.any");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.workbench.teams") + " · Ks 下单平台";
    }
}
