package com.ks.platform.ordering;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A merchant's sales at a glance (business days in Asia/Shanghai; "sales" are paid orders, cancelled ones excluded):
 * today, 7 and 30 days; the orders in each status; the best products of 30 days; day by day for 30 days; and the share
 * of 30 days' orders that were cancelled.
 */
public record SalesDashboard(
        Period today,
        Period last7Days,
        Period last30Days,
        Map<OrderStatus, Integer> ordersByStatus,
        List<TopProduct> topProducts,
        List<Day> daily,
        double cancelledShare) {

    public record Period(long salesFen, int orders) {}

    public record TopProduct(String title, int quantity, long salesFen) {}

    public record Day(LocalDate day, long salesFen, int orders) {}
}
