package com.ks.platform.support.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.support.DeskRoutes;
import com.ks.platform.support.metrics.DeskMetrics;
import com.ks.platform.support.metrics.DeskReport;
import com.ks.platform.support.metrics.DeskReport.Count;
import com.ks.platform.support.metrics.DeskReport.Group;
import com.ks.platform.ui.DatePickers;
import com.ks.platform.ui.EChart;
import com.ks.platform.ui.KpiCard;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Leads' metrics for a chosen period: first response and resolution (median, p90), SLA attainment, satisfaction, the
 * backlog by age, tickets by type and channel, and the same per agent and team.
 */
@Route(DeskRoutes.METRICS)
@Menu(title = "nav.workbench.metrics", order = 9, icon = "vaadin:chart")
@RolesAllowed(Roles.CS_LEAD)
public class DeskMetricsView extends VerticalLayout implements HasDynamicTitle {

    private final DeskMetrics metrics;
    private final Div report = new Div();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    public DeskMetricsView(DeskMetrics metrics, Clock clock) {
        this.metrics = metrics;
        setPadding(false);
        LocalDate today = BusinessTime.dayOf(clock.instant());
        from.setLabel(getTranslation("desk.metrics.from"));
        to.setLabel(getTranslation("desk.metrics.to"));
        DatePickers.localized(from, getLocale()).setValue(today.minusDays(29));
        DatePickers.localized(to, getLocale()).setValue(today);
        Button show = new Button(getTranslation("desk.metrics.show"), click -> show());
        HorizontalLayout period = new HorizontalLayout(from, to, show);
        period.setAlignItems(FlexComponent.Alignment.BASELINE);
        report.setWidthFull();
        add(new H2(getTranslation("nav.workbench.metrics")), period, report);
        show();
    }

    private void show() {
        DeskReport data;
        try {
            data = metrics.report(from.getValue(), to.getValue());
        } catch (RuleViolated refused) {
            Notices.error(refused.fieldErrors().getOrDefault("period", refused.messageKey()));
            return;
        }
        report.removeAll();
        report.add(KpiCard.row(
                new KpiCard(getTranslation("desk.metrics.tickets"), String.valueOf(data.tickets())),
                new KpiCard(getTranslation("desk.metrics.firstResponse"), spread(data.firstResponse())),
                new KpiCard(getTranslation("desk.metrics.resolution"), spread(data.resolution())),
                new KpiCard(
                        getTranslation("desk.metrics.slaFirst"),
                        percent(data.firstResponseSla().percent())),
                new KpiCard(
                        getTranslation("desk.metrics.slaResolution"),
                        percent(data.resolutionSla().percent())),
                new KpiCard(
                        getTranslation(
                                "desk.metrics.satisfaction", data.satisfaction().answers()),
                        data.satisfaction().average() == null
                                ? "—"
                                : String.format("%.1f / 5", data.satisfaction().average()))));
        List<Count> scores = IntStream.range(0, 5)
                .mapToObj(i -> new Count(
                        String.valueOf(i + 1), data.satisfaction().perScore().get(i)))
                .toList();
        Div charts = new Div(
                EChart.card(getTranslation("desk.metrics.backlog"), DeskCharts.bars(data.backlogByAge(), this::t)),
                EChart.card(getTranslation("desk.metrics.byType"), DeskCharts.bars(data.byType(), this::t)),
                EChart.card(getTranslation("desk.metrics.byChannel"), DeskCharts.pie(data.byChannel(), this::t)),
                EChart.card(
                        getTranslation("desk.metrics.scores"),
                        DeskCharts.bars(scores, s -> getTranslation("desk.metrics.score", s))));
        charts.addClassName("ks-dashboard-charts");
        report.add(
                charts,
                groups("desk.metrics.perAgent", data.perAgent()),
                groups("desk.metrics.perTeam", data.perTeam()));
    }

    private Div groups(String titleKey, List<Group> rows) {
        Grid<Group> grid = new Grid<>();
        grid.addColumn(g -> t(g.name()))
                .setHeader(getTranslation("desk.metrics.name"))
                .setFlexGrow(2);
        grid.addColumn(Group::tickets).setHeader(getTranslation("desk.metrics.tickets"));
        grid.addColumn(Group::resolved).setHeader(getTranslation("desk.metrics.resolved"));
        grid.addColumn(g -> duration(g.medianFirstResponseSeconds()))
                .setHeader(getTranslation("desk.metrics.medianFirstResponse"));
        grid.addColumn(g -> g.satisfaction() == null ? "—" : String.format("%.1f", g.satisfaction()))
                .setHeader(getTranslation("desk.metrics.satisfactionShort"));
        grid.setItems(new ArrayList<>(rows));
        grid.setAllRowsVisible(true);
        Div card = new Div(new H3(getTranslation(titleKey)), grid);
        card.addClassName("ks-card");
        return card;
    }

    private String spread(DeskReport.Spread spread) {
        return getTranslation("desk.metrics.spread", duration(spread.medianSeconds()), duration(spread.p90Seconds()));
    }

    private String duration(Double seconds) {
        if (seconds == null) {
            return "—";
        }
        long minutes = Math.round(seconds / 60);
        return minutes < 60
                ? getTranslation("desk.metrics.minutes", minutes)
                : getTranslation("desk.metrics.hours", minutes / 60, minutes % 60);
    }

    private static String percent(Double value) {
        return value == null ? "—" : String.format("%.0f%%", value);
    }

    /** Keys of enums and built-in team names are translated; people's and teams' own names are shown as they are. */
    private String t(String key) {
        return key != null && (key.startsWith("desk.") || key.startsWith("support.")) ? getTranslation(key) : key;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.workbench.metrics") + " · Ks 下单平台";
    }
}
