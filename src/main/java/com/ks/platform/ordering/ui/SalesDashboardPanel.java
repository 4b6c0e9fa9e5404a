package com.ks.platform.ordering.ui;

import com.ks.platform.ordering.OrderStatus;
import com.ks.platform.ordering.SalesDashboard;
import com.ks.platform.ui.EChart;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.KpiCard;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * 经营数据 on the merchant's home: sales today / 7 / 30 days, orders waiting to ship, the cancelled share, and three
 * ECharts charts — daily sales, orders by status, best products. Amounts are drawn in yuan from exact fen.
 */
class SalesDashboardPanel extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    SalesDashboardPanel(SalesDashboard data) {
        addClassName("ks-dashboard");
        var locale = getLocale();
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        add(KpiCard.row(
                new KpiCard(
                        getTranslation("dashboard.today", data.today().orders()),
                        Formats.money(data.today().salesFen(), locale)),
                new KpiCard(
                        getTranslation("dashboard.week", data.last7Days().orders()),
                        Formats.money(data.last7Days().salesFen(), locale)),
                new KpiCard(
                        getTranslation("dashboard.month", data.last30Days().orders()),
                        Formats.money(data.last30Days().salesFen(), locale)),
                new KpiCard(
                                getTranslation("dashboard.toShip"),
                                Formats.number(data.ordersByStatus().getOrDefault(OrderStatus.PAID, 0), locale))
                        .linkingTo(getTranslation("dashboard.toShip.open"), MerchantOrdersView.class),
                new KpiCard(getTranslation("dashboard.cancelled"), percent.format(data.cancelledShare()))));
        Div charts = new Div(
                EChart.card(getTranslation("dashboard.daily"), dailyChart(data)),
                EChart.card(getTranslation("dashboard.byStatus"), statusChart(data)),
                EChart.card(getTranslation("dashboard.top"), topChart(data)));
        charts.addClassName("ks-dashboard-charts");
        add(charts);
    }

    private Map<String, Object> dailyChart(SalesDashboard data) {
        return Map.of(
                "color", List.of("#c2410c"),
                "tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("left", 56, "right", 16, "top", 32, "bottom", 28),
                "xAxis",
                        Map.of(
                                "type",
                                "category",
                                "data",
                                data.daily().stream()
                                        .map(d -> DAY.format(d.day()))
                                        .toList()),
                "yAxis", Map.of("type", "value", "name", getTranslation("dashboard.yuan")),
                "series",
                        List.of(Map.of(
                                "type", "line",
                                "smooth", true,
                                "areaStyle", Map.of("opacity", 0.12),
                                "name", getTranslation("dashboard.sales"),
                                "data",
                                        data.daily().stream()
                                                .map(d -> yuan(d.salesFen()))
                                                .toList())));
    }

    private Map<String, Object> statusChart(SalesDashboard data) {
        return Map.of(
                "tooltip", Map.of("trigger", "item"),
                "series",
                        List.of(Map.of(
                                "type", "pie",
                                "radius", List.of("45%", "70%"),
                                "data",
                                        data.ordersByStatus().entrySet().stream()
                                                .map(e -> Map.of(
                                                        "name",
                                                                getTranslation("merchantOrders.status."
                                                                        + e.getKey()
                                                                                .name()),
                                                        "value", e.getValue()))
                                                .toList())));
    }

    private static Map<String, Object> topChart(SalesDashboard data) {
        return EChart.horizontalBars(
                data.topProducts().stream().map(t -> shorten(t.title())).toList(),
                data.topProducts().stream()
                        .map(SalesDashboard.TopProduct::quantity)
                        .toList());
    }

    private static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    private static String shorten(String title) {
        return title.length() > 14 ? title.substring(0, 13) + "…" : title;
    }
}
