package com.ks.platform.compliance.ui;

import com.ks.platform.compliance.Violation;
import com.ks.platform.compliance.ViolationFilter;
import com.ks.platform.compliance.ViolationService;
import com.ks.platform.identity.Roles;
import com.ks.platform.ui.ListPages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Every recorded violation, newest first, filtered to those in force or with an appeal waiting; paged by the database. */
@Route(ComplianceRoutes.VIOLATIONS)
@Menu(title = "nav.compliance.violations", order = 2, icon = "vaadin:gavel")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class ViolationListView extends VerticalLayout implements HasDynamicTitle {

    public ViolationListView(ViolationService violations) {
        setPadding(false);
        Select<ViolationFilter> filter = new Select<>();
        filter.setLabel(getTranslation("violation.filter"));
        filter.setItems(ViolationFilter.values());
        filter.setItemLabelGenerator(f -> getTranslation("violation.filter." + f.name()));
        filter.setValue(ViolationFilter.ALL);
        Button record = new Button(
                getTranslation("violation.new"),
                click -> getUI().ifPresent(ui -> ui.navigate(ComplianceRoutes.NEW_VIOLATION)));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(filter, record);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        ViolationGrid grid = new ViolationGrid(true, v -> ComplianceRoutes.violation(v.id()));
        ConfigurableFilterDataProvider<Violation, Void, ViolationFilter> rows =
                DataProvider.<Violation, ViolationFilter>fromFilteringCallbacks(
                                query -> violations
                                        .page(
                                                query.getFilter().orElse(ViolationFilter.ALL),
                                                query.getOffset(),
                                                query.getLimit())
                                        .stream(),
                                query -> violations.count(query.getFilter().orElse(ViolationFilter.ALL)))
                        .withConfigurableFilter();
        grid.setItems(rows);
        filter.addValueChangeListener(change -> rows.setFilter(change.getValue()));
        add(new H2(getTranslation("violation.listTitle")), bar, grid);
        ListPages.fill(this, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("violation.listTitle");
    }
}
