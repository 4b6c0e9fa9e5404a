package com.ks.platform.support.ui;

import com.ks.platform.shared.DomainException;
import com.ks.platform.support.AgentSummary;
import com.ks.platform.support.SupportTeams;
import com.ks.platform.support.TicketSummary;
import com.ks.platform.support.Tickets;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Leads act on the selected rows at once: assign them to one agent, or resolve them. Each ticket is its own business
 * action (its own transaction), so one refused ticket (agent full, not in that team) leaves the others done and is
 * named in the message.
 */
class LeadBulkActions extends HorizontalLayout {

    LeadBulkActions(Grid<TicketSummary> grid, Tickets tickets, SupportTeams teams, Runnable refresh) {
        addClassName("ks-bulk-actions");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        ComboBox<AgentSummary> agent = new ComboBox<>(getTranslation("desk.bulk.agent"));
        agent.setItems(teams.agents());
        agent.setItemLabelGenerator(AgentSummary::displayName);
        Button assign = Buttons.submitting(new Button(getTranslation("desk.bulk.assign")), () -> {
            if (agent.getValue() == null) {
                Notices.error("desk.bulk.chooseAgent");
                return;
            }
            UUID agentId = agent.getValue().accountId();
            each(grid.getSelectedItems(), t -> tickets.assign(t.id(), agentId), "desk.bulk.assigned");
            refresh.run();
        });
        Button resolve = Buttons.submitting(new Button(getTranslation("desk.bulk.resolve")), () -> {
            each(grid.getSelectedItems(), t -> tickets.resolve(t.id(), null), "desk.bulk.resolved");
            refresh.run();
        });
        add(agent, assign, resolve);
    }

    private void each(Set<TicketSummary> selected, Consumer<TicketSummary> action, String doneKey) {
        if (selected.isEmpty()) {
            Notices.error("desk.bulk.nothingSelected");
            return;
        }
        List<String> refused = new ArrayList<>();
        int done = 0;
        for (TicketSummary ticket : selected) {
            try {
                action.accept(ticket);
                done++;
            } catch (DomainException e) {
                refused.add(ticket.ticketNo() + "：" + getTranslation(e.messageKey(), e.arguments()));
            }
        }
        if (refused.isEmpty()) {
            Notices.success(doneKey, done);
        } else {
            Notices.error("desk.bulk.partly", done, String.join("；", refused));
        }
    }
}
