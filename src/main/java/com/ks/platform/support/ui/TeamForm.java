package com.ks.platform.support.ui;

import com.ks.platform.support.SupportTeams;
import com.ks.platform.support.TeamSummary;
import com.ks.platform.support.TicketType;
import com.ks.platform.ui.Buttons;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A new team (code, name, skills) or the one clicked (name and skills; the code is its fixed handle). */
class TeamForm extends Div {

    private final SupportTeams teams;
    private final Runnable saved;
    private final H3 heading = new H3();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final CheckboxGroup<TicketType> skills = new CheckboxGroup<>();
    private UUID editing;

    TeamForm(SupportTeams teams, Runnable saved) {
        this.teams = teams;
        this.saved = saved;
        addClassNames("ks-card", "ks-macro-form");
        code.setLabel(getTranslation("desk.teams.code"));
        code.setMaxLength(40);
        code.setHelperText(getTranslation("desk.teams.codeHint"));
        name.setLabel(getTranslation("desk.teams.name"));
        name.setMaxLength(80);
        name.setWidthFull();
        skills.setLabel(getTranslation("desk.teams.skills"));
        skills.setItems(TicketType.values());
        skills.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        Button save = Buttons.submitting(new Button(getTranslation("desk.teams.save")), this::save);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(heading, code, name, skills, save);
        edit(null);
    }

    void edit(TeamSummary team) {
        editing = team == null ? null : team.id();
        heading.setText(getTranslation(team == null ? "desk.teams.teamsTitle.new" : "desk.teams.editTeam"));
        code.setValue(team == null ? "" : team.code());
        code.setReadOnly(team != null);
        name.setValue(team == null ? "" : Reasons.word(this, team.name()));
        skills.setValue(team == null ? Set.of() : team.skills());
        fields().values().forEach(field -> field.setInvalid(false));
    }

    private void save() {
        DeskForms.send(
                () -> {
                    if (editing == null) {
                        teams.createTeam(code.getValue(), name.getValue(), skills.getValue());
                    } else {
                        teams.updateTeam(editing, name.getValue(), skills.getValue());
                    }
                },
                "desk.teams.saved",
                fields(),
                this::done);
    }

    private void done() {
        edit(null);
        saved.run();
    }

    private Map<String, HasValidation> fields() {
        return Map.of("code", code, "name", name);
    }
}
