package com.ks.platform.risk.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.risk.RiskAlertStatus;
import com.ks.platform.risk.RiskAlertSummary;
import com.ks.platform.risk.RiskAlerts;
import com.ks.platform.risk.RiskDecision;
import com.ks.platform.risk.RiskReason;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.ListPages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** 风险预警: challenged and blocked payment attempts, newest first, paged by the database, filtered by status. */
@Route(RiskAlertsView.ROUTE)
@Menu(title = "risk.alerts.nav", order = 5, icon = "vaadin:warning")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class RiskAlertsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "compliance/risk-alerts";

    private final RiskAlerts alerts;
    private final Grid<RiskAlertSummary> grid = new Grid<>();
    private final ConfigurableFilterDataProvider<RiskAlertSummary, Void, RiskAlertStatus> data;

    public RiskAlertsView(RiskAlerts alerts) {
        this.alerts = alerts;
        setPadding(false);
        Select<RiskAlertStatus> status = new Select<>();
        status.setLabel(getTranslation("risk.alerts.status"));
        status.setItems(RiskAlertStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("risk.alerts.all"));
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("risk.alerts.all") : getTranslation(s.messageKey()));

        grid.addColumn(a -> Formats.dateTime(a.createdAt(), getLocale()))
                .setHeader(getTranslation("risk.alerts.time"))
                .setAutoWidth(true);
        grid.addColumn(RiskAlertSummary::maskedShopper)
                .setHeader(getTranslation("risk.alerts.shopper"))
                .setAutoWidth(true);
        grid.addColumn(a -> Formats.money(a.amountFen(), getLocale()))
                .setHeader(getTranslation("risk.alerts.amount"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::decisionBadge)
                .setHeader(getTranslation("risk.alerts.decision"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.reasons().stream()
                        .map(RiskReason::messageKey)
                        .map(this::getTranslation)
                        .collect(Collectors.joining("；")))
                .setHeader(getTranslation("risk.alerts.reasons"))
                .setFlexGrow(3);
        grid.addColumn(a -> getTranslation(a.status().messageKey()) + (a.note() == null ? "" : "：" + a.note()))
                .setHeader(getTranslation("risk.alerts.status"))
                .setFlexGrow(2);
        grid.addComponentColumn(a -> {
                    Button handle = new Button(getTranslation("risk.alerts.handle"), click -> handle(a));
                    handle.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    handle.setEnabled(a.status() != RiskAlertStatus.CLOSED);
                    return handle;
                })
                .setKey("handle")
                .setAutoWidth(true)
                .setFlexGrow(0);
        data = DataProvider.<RiskAlertSummary, RiskAlertStatus>fromFilteringCallbacks(
                        query ->
                                alerts
                                        .alerts(query.getFilter().orElse(null), query.getOffset(), query.getLimit())
                                        .stream(),
                        query -> alerts.countAlerts(query.getFilter().orElse(null)))
                .withConfigurableFilter();
        grid.setItems(data);
        grid.setEmptyStateText(getTranslation("risk.alerts.empty"));
        status.addValueChangeListener(change -> data.setFilter(change.getValue()));
        add(new H2(getTranslation("risk.alerts.title")), status, grid);
        ListPages.fill(this, grid);
    }

    private Span decisionBadge(RiskAlertSummary alert) {
        Span badge = new Span(getTranslation(alert.decision().messageKey()));
        badge.addClassNames(
                "ks-status", alert.decision() == RiskDecision.BLOCK ? "ks-status-bad" : "ks-status-pending");
        return badge;
    }

    private void handle(RiskAlertSummary alert) {
        new RiskAlertDialog(alerts, alert, data::refreshAll).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("risk.alerts.title");
    }
}
