package com.ks.platform.settings.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.settings.SettingChange;
import com.ks.platform.settings.SettingDefinition;
import com.ks.platform.settings.SettingKind;
import com.ks.platform.settings.SettingSummary;
import com.ks.platform.settings.Settings;
import com.ks.platform.settings.SettingsRoutes;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 平台设置: the settings the modules let administrators change, grouped (commission, orders, credit, risk), each with
 * its current value and its default from the properties; a change takes a reason, and the history lists every change.
 */
@Route(SettingsRoutes.SETTINGS)
@Menu(title = "nav.admin.settings", order = 45, icon = "vaadin:cogs")
@RolesAllowed(Roles.ADMIN)
public class SettingsView extends VerticalLayout implements HasDynamicTitle {

    private static final String[] GROUPS = {"commission", "ordering", "credit", "risk"};

    private final Settings settings;
    private final VerticalLayout groups = new VerticalLayout();
    private final Grid<SettingChange> history = new Grid<>();
    private Map<String, SettingDefinition> definitions = Map.of();

    public SettingsView(Settings settings) {
        this.settings = settings;
        setPadding(false);
        groups.setPadding(false);
        Paragraph intro = new Paragraph(getTranslation("settings.intro"));
        intro.addClassName("ks-muted");

        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        history.addColumn(c -> Formats.dateTime(c.changedAt(), getLocale()))
                .setHeader(getTranslation("settings.history.when"))
                .setAutoWidth(true);
        history.addColumn(c -> labelOf(c.key()))
                .setHeader(getTranslation("settings.name"))
                .setFlexGrow(2);
        history.addColumn(c -> c.oldValue() == null
                        ? getTranslation("settings.history.default")
                        : shown(c.key(), c.oldValue()))
                .setHeader(getTranslation("settings.history.old"));
        history.addColumn(c -> shown(c.key(), c.newValue())).setHeader(getTranslation("settings.history.new"));
        history.addColumn(SettingChange::changedBy).setHeader(getTranslation("settings.history.who"));
        history.addColumn(SettingChange::reason)
                .setHeader(getTranslation("settings.reason"))
                .setFlexGrow(2);
        history.setItems(
                query -> settings.changes(query.getOffset(), query.getLimit()).stream(),
                query -> settings.countChanges());
        history.setId("settings-history");
        history.setHeight("320px");

        add(
                new H2(getTranslation("nav.admin.settings")),
                intro,
                groups,
                new H3(getTranslation("settings.history")),
                history);
        refresh();
    }

    private void refresh() {
        var all = settings.list();
        definitions = all.stream()
                .map(SettingSummary::definition)
                .collect(Collectors.toMap(SettingDefinition::key, Function.identity()));
        groups.removeAll();
        for (String group : GROUPS) {
            var rows = all.stream()
                    .filter(s -> s.definition().group().equals(group))
                    .toList();
            if (!rows.isEmpty()) {
                groups.add(new H3(getTranslation("settings.group." + group)), grid(rows));
            }
        }
        history.getDataProvider().refreshAll();
    }

    private Grid<SettingSummary> grid(List<SettingSummary> rows) {
        Grid<SettingSummary> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(s -> label(s.definition()))
                .setHeader(getTranslation("settings.name"))
                .setFlexGrow(3);
        grid.addColumn(s -> display(s.definition().kind(), s.current(), getLocale()))
                .setHeader(getTranslation("settings.current"));
        grid.addColumn(s -> display(s.definition().kind(), s.definition().defaultValue(), getLocale()))
                .setHeader(getTranslation("settings.default"));
        grid.addColumn(s -> s.changedAt() == null ? "" : Formats.dateTime(s.changedAt(), getLocale()))
                .setHeader(getTranslation("settings.changedAt"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::editButton)
                .setKey("change")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component editButton(SettingSummary setting) {
        Button edit = new Button(
                getTranslation("settings.change"),
                click -> new SettingDialog(settings, setting, label(setting.definition()), this::refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel(getTranslation("settings.change") + " " + label(setting.definition()));
        return edit;
    }

    private String label(SettingDefinition definition) {
        return getTranslation(definition.labelKey(), definition.labelArguments().toArray());
    }

    private String labelOf(String key) {
        SettingDefinition definition = definitions.get(key);
        return definition == null ? key : label(definition);
    }

    private String shown(String key, BigDecimal value) {
        SettingDefinition definition = definitions.get(key);
        return definition == null ? value.toPlainString() : display(definition.kind(), value, getLocale());
    }

    /** A stored value as a person reads it: 5 %, ¥1,000.00, 30 minutes, 40 points. */
    private String display(SettingKind kind, BigDecimal stored, Locale locale) {
        return switch (kind) {
            case RATE -> {
                NumberFormat percent = NumberFormat.getPercentInstance(locale);
                percent.setMaximumFractionDigits(2);
                yield percent.format(stored);
            }
            case FEN -> Formats.money(stored.longValueExact(), locale);
            case MINUTES -> getTranslation("settings.minutes", Formats.number(stored.longValueExact(), locale));
            case POINTS -> Formats.number(stored.longValueExact(), locale);
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.settings");
    }
}
