package com.ks.platform.support.ui;

import com.ks.platform.support.RequesterKind;
import com.ks.platform.support.RoutingRule;
import com.ks.platform.support.SupportTeams;
import com.ks.platform.support.TeamSummary;
import com.ks.platform.support.TicketType;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.FieldErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A routing rule: what it matches (an empty choice matches anything), the team it sends to, and its priority. */
class RuleForm extends Div {

    private final SupportTeams teams;
    private final Runnable saved;
    private final H3 heading = new H3();
    private final Select<TicketType> type = new Select<>();
    private final Select<RequesterKind> requester = new Select<>();
    private final TextField language = new TextField();
    private final Select<TeamSummary> team = new Select<>();
    private final IntegerField priority = new IntegerField();
    private final Button delete = new Button();
    private List<TeamSummary> offered = List.of();
    private UUID editing;

    RuleForm(SupportTeams teams, Runnable saved) {
        this.teams = teams;
        this.saved = saved;
        addClassNames("ks-card", "ks-macro-form");
        type.setLabel(getTranslation("desk.teams.type"));
        type.setItems(TicketType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("desk.teams.any"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("desk.teams.any") : getTranslation(t.labelKey()));
        requester.setLabel(getTranslation("desk.teams.requester"));
        requester.setItems(RequesterKind.values());
        requester.setEmptySelectionAllowed(true);
        requester.setEmptySelectionCaption(getTranslation("desk.teams.any"));
        requester.setItemLabelGenerator(
                k -> k == null ? getTranslation("desk.teams.any") : getTranslation("desk.teams.requester." + k));
        language.setLabel(getTranslation("desk.teams.language"));
        language.setHelperText(getTranslation("desk.teams.languageHint"));
        language.setMaxLength(5);
        team.setLabel(getTranslation("desk.teams.team"));
        team.setItemLabelGenerator(t -> t == null ? "" : Reasons.word(this, t.name()));
        priority.setLabel(getTranslation("desk.teams.priority"));
        priority.setMin(0);
        priority.setMax(1000);
        priority.setStepButtonsVisible(true);
        Button save = Buttons.submitting(new Button(getTranslation("desk.teams.save")), this::save);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.setText(getTranslation("desk.teams.deleteRule"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> delete());
        add(heading, type, requester, language, team, priority, new HorizontalLayout(save, delete));
        edit(null);
    }

    void offer(List<TeamSummary> all) {
        offered = all;
        UUID chosen = team.getValue() == null ? null : team.getValue().id();
        team.setItems(all);
        team.setValue(find(chosen));
    }

    void edit(RoutingRule rule) {
        editing = rule == null ? null : rule.id();
        heading.setText(getTranslation(rule == null ? "desk.teams.rulesTitle.new" : "desk.teams.editRule"));
        type.setValue(rule == null ? null : rule.type());
        requester.setValue(rule == null ? null : rule.requesterKind());
        language.setValue(rule == null || rule.language() == null ? "" : rule.language());
        team.setValue(rule == null ? null : find(rule.teamId()));
        priority.setValue(rule == null ? 100 : rule.priority());
        delete.setVisible(rule != null);
        fields().values().forEach(field -> field.setInvalid(false));
    }

    private TeamSummary find(UUID id) {
        return offered.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    private void save() {
        if (priority.getValue() == null) {
            FieldErrors.show(Map.of("priority", "error.support.priority"), fields());
            return;
        }
        String lang = language.getValue().isBlank() ? null : language.getValue().strip();
        UUID teamId = team.getValue() == null ? null : team.getValue().id();
        RoutingRule rule =
                new RoutingRule(editing, type.getValue(), requester.getValue(), lang, teamId, priority.getValue());
        DeskForms.send(() -> teams.saveRule(rule), "desk.teams.saved", fields(), this::done);
    }

    private void delete() {
        DeskForms.send(() -> teams.deleteRule(editing), "desk.teams.ruleDeleted", Map.of(), this::done);
    }

    private void done() {
        edit(null);
        saved.run();
    }

    private Map<String, HasValidation> fields() {
        return Map.of("type", type, "requester", requester, "language", language, "team", team, "priority", priority);
    }
}
