package com.ks.platform.support.ui;

import com.ks.platform.support.AgentSummary;
import com.ks.platform.support.SupportTeams;
import com.ks.platform.support.TeamSummary;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.FieldErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An agent's teams and limit of open tickets. A new agent is named by the e-mail of their customer-service account;
 * one clicked in the list keeps their account and changes only teams and limit.
 */
class AgentForm extends Div {

    private final SupportTeams teams;
    private final Runnable saved;
    private final H3 heading = new H3();
    private final EmailField email = new EmailField();
    private final CheckboxGroup<TeamSummary> teamChoice = new CheckboxGroup<>();
    private final IntegerField maxOpen = new IntegerField();
    private List<TeamSummary> offered = List.of();
    private AgentSummary editing;

    AgentForm(SupportTeams teams, Runnable saved) {
        this.teams = teams;
        this.saved = saved;
        addClassNames("ks-card", "ks-macro-form");
        email.setLabel(getTranslation("desk.teams.email"));
        email.setWidthFull();
        teamChoice.setLabel(getTranslation("desk.teams.teams"));
        teamChoice.setItemLabelGenerator(t -> Reasons.word(this, t.name()));
        maxOpen.setLabel(getTranslation("desk.teams.maxOpen"));
        maxOpen.setMin(1);
        maxOpen.setMax(SupportTeams.MAX_OPEN_LIMIT);
        maxOpen.setStepButtonsVisible(true);
        Button save = Buttons.submitting(new Button(getTranslation("desk.teams.save")), this::save);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(heading, email, teamChoice, maxOpen, save);
        edit(null);
    }

    /** The teams to choose from, after every change. */
    void offer(List<TeamSummary> all) {
        offered = all;
        Set<UUID> chosen = teamChoice.getValue().stream().map(TeamSummary::id).collect(Collectors.toSet());
        teamChoice.setItems(all);
        teamChoice.setValue(pick(chosen));
    }

    void edit(AgentSummary agent) {
        editing = agent;
        heading.setText(agent == null ? getTranslation("desk.teams.agentsTitle.new") : agent.displayName());
        email.setVisible(agent == null);
        email.clear();
        teamChoice.setValue(agent == null ? Set.of() : pick(agent.teamIds()));
        maxOpen.setValue(agent == null ? null : agent.maxOpen());
        fields().values().forEach(field -> field.setInvalid(false));
    }

    private Set<TeamSummary> pick(Set<UUID> ids) {
        return offered.stream().filter(t -> ids.contains(t.id())).collect(Collectors.toSet());
    }

    private void save() {
        Set<UUID> chosen = teamChoice.getValue().stream().map(TeamSummary::id).collect(Collectors.toSet());
        // 0 means "the default" to the service, so a typed 0 (or a value that is not a number) is refused here
        if (maxOpen.getValue() == null && !maxOpen.isEmpty() || maxOpen.getValue() != null && maxOpen.getValue() < 1) {
            FieldErrors.show(Map.of("maxOpen", "error.support.maxOpen"), fields());
            return;
        }
        // an empty limit takes the configured default (the service's 0)
        int limit = maxOpen.getValue() == null ? 0 : maxOpen.getValue();
        DeskForms.send(
                () -> {
                    if (editing == null) {
                        teams.enrol(email.getValue(), chosen, limit);
                    } else {
                        teams.enrol(editing.accountId(), chosen, limit);
                    }
                },
                "desk.teams.saved",
                fields(),
                () -> {
                    edit(null);
                    saved.run();
                });
    }

    private Map<String, HasValidation> fields() {
        return Map.of("email", email, "maxOpen", maxOpen);
    }
}
