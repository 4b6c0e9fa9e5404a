package com.ks.platform.support.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.support.DeskRoutes;
import com.ks.platform.support.macros.Macro;
import com.ks.platform.support.macros.Macros;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Leads keep the team's 快捷回复: a list of macros per language, and the form for a new one or the one clicked. */
@Route(DeskRoutes.MACROS)
@Menu(title = "nav.workbench.macros", order = 8, icon = "vaadin:comment-ellipsis")
@RolesAllowed(Roles.CS_LEAD)
public class MacroEditorView extends VerticalLayout implements HasDynamicTitle {

    private final Macros macros;
    private final Grid<Macro> grid = new Grid<>();

    public MacroEditorView(Macros macros) {
        this.macros = macros;
        setPadding(false);
        setSizeFull();
        MacroForm form = new MacroForm(macros, this::refresh);
        grid.addColumn(Macro::title)
                .setHeader(getTranslation("desk.macro.title"))
                .setAutoWidth(true);
        grid.addColumn(m -> getTranslation(m.language().messageKey()))
                .setHeader(getTranslation("desk.macro.language"))
                .setAutoWidth(true);
        grid.addColumn(Macro::body)
                .setHeader(getTranslation("desk.macro.body"))
                .setFlexGrow(2)
                .setTooltipGenerator(Macro::body);
        grid.addItemClickListener(click -> form.edit(click.getItem()));
        grid.setMinHeight("320px");
        Button add = new Button(getTranslation("desk.macro.new"), VaadinIcon.PLUS.create(), click -> form.edit(null));
        FlexLayout columns = new FlexLayout(grid, form);
        columns.addClassName("ks-macro-columns");
        columns.setWidthFull();
        columns.setFlexGrow(2, grid);
        columns.setFlexGrow(1, form);
        add(new HorizontalLayout(new H2(getTranslation("nav.workbench.macros")), add), columns);
        refresh();
    }

    private void refresh() {
        grid.setItems(macros.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.workbench.macros") + " · Ks 下单平台";
    }
}
