package com.ks.platform.insights.ui;

import com.ks.platform.insights.InsightsDashboard;
import com.ks.platform.ui.EChart;
import com.ks.platform.ui.KpiCard;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * 转化与退款 on the merchant's home: conversion (views → paid orders) today / 7 / 30 days and the refund rate of 7 / 30
 * days as figures, then two ECharts charts day by day. A day with nothing to divide by is a gap, not 0 %.
 */
class InsightsPanel extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final String GAP = "-";

    private final NumberFormat percent;

    InsightsPanel(InsightsDashboard data) {
        addClassNames("ks-dashboard", "ks-insights");
        percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(2);
        add(KpiCard.row(
                new KpiCard(
                        getTranslation("insights.conversion.today"),
                        rate(data.lastDays(1).conversion())),
                new KpiCard(
                        getTranslation("insights.conversion.week"),
                        rate(data.lastDays(7).conversion())),
                new KpiCard(
                        getTranslation("insights.conversion.month"),
                        rate(data.lastDays(30).conversion())),
                new KpiCard(
                        getTranslation("insights.refunds.week"),
                        rate(data.lastDays(7).refundRate())),
                new KpiCard(
                        getTranslation("insights.refunds.month"),
                        rate(data.lastDays(30).refundRate()))));
        Div charts = new Div(
                EChart.card(getTranslation("insights.conversion.chart"), conversionChart(data)),
                EChart.card(getTranslation("insights.refunds.chart"), refundChart(data)));
        charts.addClassName("ks-dashboard-charts");
        add(charts);
    }

    private String rate(Optional<BigDecimal> fraction) {
        return fraction.map(percent::format).orElse("—");
    }

    private Map<String, Object> conversionChart(InsightsDashboard data) {
        return Map.of(
                "color", List.of("#94a3b8", "#c2410c"),
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("top", 0),
                "grid", Map.of("left", 48, "right", 48, "top", 36, "bottom", 28),
                "xAxis", days(data),
                "yAxis",
                        List.of(
                                Map.of("type", "value", "name", getTranslation("insights.views"), "minInterval", 1),
                                Map.of("type", "value", "name", "%", "splitLine", Map.of("show", false))),
                "series",
                        List.of(
                                Map.of(
                                        "type", "bar",
                                        "name", getTranslation("insights.views"),
                                        "data",
                                                data.days().stream()
                                                        .map(InsightsDashboard.Day::views)
                                                        .toList()),
                                Map.of(
                                        "type",
                                        "line",
                                        "yAxisIndex",
                                        1,
                                        "connectNulls",
                                        true,
                                        "name",
                                        getTranslation("insights.conversion"),
                                        "data",
                                        percents(data, InsightsDashboard.Day::conversion))));
    }

    private Map<String, Object> refundChart(InsightsDashboard data) {
        return Map.of(
                "color", List.of("#b91c1c"),
                "tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("left", 48, "right", 16, "top", 32, "bottom", 28),
                "xAxis", days(data),
                "yAxis", Map.of("type", "value", "name", "%"),
                "series",
                        List.of(Map.of(
                                "type", "line",
                                "connectNulls", true,
                                "areaStyle", Map.of("opacity", 0.12),
                                "name", getTranslation("insights.refundRate"),
                                "data", percents(data, InsightsDashboard.Day::refundRate))));
    }

    private static Map<String, Object> days(InsightsDashboard data) {
        return Map.of(
                "type",
                "category",
                "data",
                data.days().stream().map(d -> DAY.format(d.day())).toList());
    }

    /** Percentages with two decimals for the chart; a day without a denominator is ECharts' gap marker. */
    private static List<Object> percents(
            InsightsDashboard data, Function<InsightsDashboard.Day, Optional<BigDecimal>> rate) {
        return data.days().stream()
                .map(day -> rate.apply(day)
                        .<Object>map(fraction -> fraction.movePointRight(2).stripTrailingZeros())
                        .orElse(GAP))
                .toList();
    }
}
