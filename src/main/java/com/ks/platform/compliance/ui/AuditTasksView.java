package com.ks.platform.compliance.ui;

import com.ks.platform.compliance.audits.AuditTask;
import com.ks.platform.compliance.audits.AuditTaskService;
import com.ks.platform.compliance.audits.AuditTaskState;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.ListPages;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * 抽查: the audit tasks — open ones by due date with the overdue marked, closed ones with their result — and a draw of a
 * new risk-weighted sample on demand (the weekly job draws one too).
 */
@Route(ComplianceRoutes.AUDITS)
@Menu(title = "nav.compliance.audits", order = 2.6, icon = "vaadin:check-square-o")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class AuditTasksView extends VerticalLayout implements HasDynamicTitle {

    public AuditTasksView(AuditTaskService audits, MerchantQueries merchants, Clock clock) {
        setPadding(false);
        Select<AuditTaskState> state = new Select<>();
        state.setLabel(getTranslation("audit.filter"));
        state.setItems(AuditTaskState.values());
        state.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        state.setValue(AuditTaskState.OPEN);
        Grid<AuditTask> grid = new Grid<>();
        ConfigurableFilterDataProvider<AuditTask, Void, AuditTaskState> rows =
                DataProvider.<AuditTask, AuditTaskState>fromFilteringCallbacks(
                                query -> audits
                                        .list(
                                                query.getFilter().orElse(AuditTaskState.OPEN),
                                                query.getOffset(),
                                                query.getLimit())
                                        .stream(),
                                query -> audits.count(query.getFilter().orElse(AuditTaskState.OPEN)))
                        .withConfigurableFilter();
        rows.setFilter(AuditTaskState.OPEN);
        Button draw = new Button(getTranslation("audit.draw"), click -> {
            Notices.success("audit.drawn", audits.drawSample().size());
            rows.refreshAll();
        });
        draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        draw.setDisableOnClick(true);
        HorizontalLayout bar = new HorizontalLayout(state, draw);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);

        Instant now = clock.instant();
        grid.addComponentColumn(t -> new com.vaadin.flow.router.RouterLink(
                        t.taskNo(),
                        AuditTaskView.class,
                        new com.vaadin.flow.router.RouteParameters("taskId", t.id().toString())))
                .setHeader(getTranslation("audit.number"))
                .setAutoWidth(true);
        grid.addColumn(t -> merchants.storeNames(List.of(t.merchantId())).get(t.merchantId()))
                .setHeader(getTranslation("violation.store"))
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.origin().messageKey()))
                .setHeader(getTranslation("audit.origin"))
                .setAutoWidth(true);
        grid.addColumn(t -> new RiskWords(this).of(t.riskReasons()))
                .setHeader(getTranslation("audit.risk"))
                .setFlexGrow(1);
        grid.addComponentColumn(t -> due(t, now))
                .setHeader(getTranslation("audit.due"))
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.state().messageKey()))
                .setHeader(getTranslation("audit.state"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setItems(rows);
        state.addValueChangeListener(change -> rows.setFilter(change.getValue()));
        add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), bar, grid);
        ListPages.fill(this, grid);
    }

    private Span due(AuditTask task, Instant now) {
        Span due = new Span(Formats.dateTime(task.dueAt(), getLocale()));
        if (task.overdue(now)) {
            due.setText(getTranslation("audit.overdue", due.getText()));
            due.addClassNames("ks-status", "ks-status-bad");
        }
        return due;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }

    /** "GRADE:D,NEW" → "信用 D 级、新开店铺": each risk factor in words. */
    record RiskWords(com.vaadin.flow.component.Component page) {
        String of(List<String> reasons) {
            return Formats.list(
                    reasons.stream()
                            .map(r -> {
                                String[] parts = r.split(":", 2);
                                String value = parts.length < 2
                                        ? ""
                                        : parts[0].equals("CATEGORY")
                                                ? page.getTranslation("category." + parts[1])
                                                : parts[1];
                                return page.getTranslation("audit.risk." + parts[0], value);
                            })
                            .toList(),
                    com.vaadin.flow.component.UI.getCurrent().getLocale());
        }
    }
}
