package com.ks.platform.support.ui;

import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.DomainException;
import com.ks.platform.support.AgentSummary;
import com.ks.platform.support.SupportTeams;
import com.ks.platform.support.TeamSummary;
import com.ks.platform.support.TicketDetail;
import com.ks.platform.support.TicketQueries;
import com.ks.platform.support.TicketSummary;
import com.ks.platform.support.Tickets;
import com.ks.platform.support.Urgency;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.UUID;

/** What an agent does to the ticket besides writing: take it, transfer, escalate, set urgency, merge, reopen. */
class TicketActions extends Div {

    private final TicketDetail ticket;
    private final Runnable changed;

    TicketActions(TicketDetail ticket, Tickets tickets, TicketQueries queries, SupportTeams teams, Runnable changed) {
        this.ticket = ticket;
        this.changed = changed;
        addClassNames("ks-ticket-actions");
        UUID me = CurrentActor.requireAccountId();
        boolean active = ticket.status().active();
        if (active && !me.equals(ticket.summary().assigneeId())) {
            Button claim =
                    new Button(getTranslation("desk.action.claim"), click -> run(() -> tickets.claim(ticket.id())));
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            claim.addClickShortcut(Key.KEY_C, KeyModifier.ALT);
            add(claim);
        }
        if (active) {
            add(button("desk.action.transfer", Key.KEY_T, () -> transfer(tickets, teams)));
            add(button(
                    "desk.action.escalate",
                    Key.KEY_E,
                    () -> new ReasonDialog("desk.action.escalate", why -> tickets.escalate(ticket.id(), why), changed)
                            .open()));
            add(button("desk.action.urgency", Key.KEY_U, () -> urgency(tickets)));
            add(button("desk.action.merge", Key.KEY_G, () -> merge(tickets, queries)));
        }
        if (ticket.reopenable()) {
            add(button(
                    "desk.action.reopen",
                    Key.KEY_O,
                    () -> new ReasonDialog("desk.action.reopen", why -> tickets.reopen(ticket.id(), why), changed)
                            .open()));
        }
    }

    private void transfer(Tickets tickets, SupportTeams teams) {
        Select<TeamSummary> team = new Select<>();
        team.setLabel(getTranslation("desk.action.team"));
        team.setItems(teams.teams());
        team.setItemLabelGenerator(t -> t.name().startsWith("support.") ? getTranslation(t.name()) : t.name());
        ComboBox<AgentSummary> agent = new ComboBox<>(getTranslation("desk.action.agentOptional"));
        agent.setItemLabelGenerator(AgentSummary::displayName);
        team.addValueChangeListener(pick -> {
            agent.clear();
            agent.setItems(teams.agents().stream()
                    .filter(a -> pick.getValue() != null
                            && a.teamIds().contains(pick.getValue().id()))
                    .toList());
        });
        new ReasonDialog(
                        "desk.action.transfer",
                        why -> tickets.transfer(
                                ticket.id(),
                                team.getValue() == null ? null : team.getValue().id(),
                                agent.getValue() == null
                                        ? null
                                        : agent.getValue().accountId(),
                                why),
                        changed,
                        team,
                        agent)
                .open();
    }

    private void urgency(Tickets tickets) {
        Select<Urgency> urgency = new Select<>();
        urgency.setLabel(getTranslation("desk.queue.urgency"));
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> getTranslation(u.labelKey()));
        urgency.setValue(ticket.summary().urgency());
        new ReasonDialog(
                        "desk.action.urgency",
                        why -> tickets.setUrgency(ticket.id(), urgency.getValue(), why),
                        changed,
                        urgency)
                .open();
    }

    private void merge(Tickets tickets, TicketQueries queries) {
        Select<TicketSummary> into = new Select<>();
        into.setLabel(getTranslation("desk.action.mergeInto"));
        into.setItems(queries.requesterTickets(ticket.requesterId(), 0, 50).stream()
                .filter(t -> !t.id().equals(ticket.id()) && t.status().active())
                .toList());
        into.setItemLabelGenerator(t -> t.ticketNo() + " · " + t.title());
        ReasonDialog.withoutReason(
                        "desk.action.merge",
                        () -> tickets.merge(
                                ticket.id(),
                                into.getValue() == null ? null : into.getValue().id()),
                        changed,
                        into)
                .open();
    }

    private Button button(String key, Key shortcut, Runnable open) {
        Button button = new Button(getTranslation(key), click -> open.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClickShortcut(shortcut, KeyModifier.ALT);
        return button;
    }

    private void run(Runnable command) {
        try {
            command.run();
            Notices.success("desk.action.done");
            changed.run();
        } catch (DomainException refused) {
            Notices.error(refused);
        }
    }
}
