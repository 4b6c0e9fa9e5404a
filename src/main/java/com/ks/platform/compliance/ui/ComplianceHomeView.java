package com.ks.platform.compliance.ui;

import com.ks.platform.compliance.ComplianceOverview;
import com.ks.platform.compliance.ComplianceOverviewSection;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantStatus;
import com.ks.platform.ui.EChart;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.KpiCard;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compliance overview: merchants by state and grade, what waits for an officer (violations in force, appeals,
 * payment risk alerts, findings, audits — overdue highlighted — and whatever other modules add), the last 90 days by
 * week, and the review queue, longest waiting first.
 */
@Route(ComplianceRoutes.HOME)
@Menu(title = "nav.compliance.home", order = 1, icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class ComplianceHomeView extends VerticalLayout implements HasDynamicTitle {

    private static final List<MerchantStatus> SHOWN = List.of(
            MerchantStatus.SUBMITTED,
            MerchantStatus.ACTIVE,
            MerchantStatus.WARNED,
            MerchantStatus.RESTRICTED,
            MerchantStatus.SUSPENDED,
            MerchantStatus.TERMINATED);
    private static final List<String> GRADES = List.of("A", "B", "C", "D", "E");
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("MM-dd");

    public ComplianceHomeView(MerchantQueries merchants, ComplianceOverview overview) {
        setPadding(false);
        ComplianceOverview.Numbers numbers = overview.numbers();
        KpiCard[] states = SHOWN.stream()
                .map(status -> new KpiCard(
                        getTranslation("merchant.status." + status.name()),
                        Formats.number(numbers.merchantsByStatus().getOrDefault(status, 0), getLocale())))
                .toArray(KpiCard[]::new);
        List<ComplianceOverviewSection.Figure> figures = new ArrayList<>(List.of(
                new ComplianceOverviewSection.Figure(
                        "overview.violationsInForce", numbers.violationsInForce(), ComplianceRoutes.VIOLATIONS, false),
                new ComplianceOverviewSection.Figure(
                        "overview.appealsPending",
                        numbers.appealsPending(),
                        ComplianceRoutes.VIOLATIONS,
                        numbers.appealsPending() > 0),
                new ComplianceOverviewSection.Figure(
                        "overview.riskAlertsOpen",
                        numbers.riskAlertsOpen(),
                        "compliance/risk-alerts",
                        numbers.riskAlertsOpen() > 0)));
        figures.addAll(numbers.figures());
        Div charts = new Div(gradeChart(numbers.merchantsByGrade()), trendChart(numbers));
        charts.addClassName("ks-dashboard-charts");
        add(
                new H2(getTranslation("compliance.home.title")),
                new H3(getTranslation("overview.work")),
                KpiCard.row(figures.stream().map(this::card).toArray(KpiCard[]::new)),
                new H3(getTranslation("overview.merchants")),
                KpiCard.row(states),
                charts,
                new H3(getTranslation("compliance.queue.title")),
                new ReviewQueueGrid(merchants));
    }

    private KpiCard card(ComplianceOverviewSection.Figure figure) {
        KpiCard card = new KpiCard(getTranslation(figure.labelKey()), Formats.number(figure.value(), getLocale()));
        Anchor link = new Anchor(figure.route(), getTranslation("overview.open"));
        link.addClassName("ks-kpi-link");
        card.add(link);
        if (figure.needsAttention()) {
            card.addClassName("ks-kpi-attention");
        }
        return card;
    }

    private Div gradeChart(Map<String, Integer> grades) {
        return EChart.card(
                getTranslation("overview.grades"),
                EChart.horizontalBars(
                        GRADES.stream()
                                .map(g -> getTranslation("rating.badge", g))
                                .toList(),
                        GRADES.stream().map(g -> grades.getOrDefault(g, 0)).toList()));
    }

    private Div trendChart(ComplianceOverview.Numbers numbers) {
        List<Map<String, Object>> series = new ArrayList<>();
        numbers.trends().forEach((key, counts) -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("type", "line");
            line.put("name", getTranslation(key));
            line.put("data", counts);
            series.add(line);
        });
        return EChart.card(
                getTranslation("overview.trends"),
                Map.of(
                        "tooltip", Map.of("trigger", "axis"),
                        "legend", Map.of("top", 0),
                        "grid", Map.of("left", 8, "right", 24, "top", 40, "bottom", 8, "containLabel", true),
                        "xAxis",
                                Map.of(
                                        "type",
                                        "category",
                                        "data",
                                        numbers.weeks().stream()
                                                .map(w -> w.format(WEEK))
                                                .toList()),
                        "yAxis", Map.of("type", "value", "minInterval", 1),
                        "series", series));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surface.compliance");
    }
}
