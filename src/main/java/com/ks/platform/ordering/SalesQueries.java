package com.ks.platform.ordering;

import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantAccess;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.shared.BusinessTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in merchant's sales figures. Days follow the business time zone; the 30-day window is read once and
 * summed here (a merchant's month of paid orders is small next to what a page of the database costs).
 */
@Service
@Transactional(readOnly = true)
public class SalesQueries {

    private static final int DAYS = 30;

    private final SalesRepository sales;
    private final MerchantAccess merchants;
    private final Clock clock;

    SalesQueries(SalesRepository sales, MerchantAccess merchants, Clock clock) {
        this.sales = sales;
        this.merchants = merchants;
        this.clock = clock;
    }

    /** Whether the signed-in person may read the shop's figures (the owner, or staff trusted with the dashboard). */
    @PreAuthorize("permitAll()")
    public boolean mayViewDashboard() {
        return merchants
                .current()
                .filter(actor -> actor.may(StaffPermission.DASHBOARD))
                .isPresent();
    }

    @PreAuthorize(Roles.IS_MERCHANT)
    public SalesDashboard myDashboard() {
        UUID merchantId = merchants.require(StaffPermission.DASHBOARD).id();
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        LocalDate first = today.minusDays(DAYS - 1L);
        Instant since = first.atStartOfDay(BusinessTime.ZONE).toInstant();
        Map<LocalDate, long[]> byDay = new LinkedHashMap<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            byDay.put(day, new long[2]);
        }
        for (SalesRepository.PaidOrder paid : sales.paidSince(merchantId, since)) {
            long[] day = byDay.get(LocalDate.ofInstant(paid.paidAt(), BusinessTime.ZONE));
            if (day != null) {
                day[0] += paid.totalFen();
                day[1]++;
            }
        }
        List<SalesDashboard.Day> daily = new ArrayList<>();
        byDay.forEach((day, sums) -> daily.add(new SalesDashboard.Day(day, sums[0], (int) sums[1])));
        int[] placed = sales.placedAndCancelledSince(merchantId, since);
        return new SalesDashboard(
                period(daily, 1),
                period(daily, 7),
                period(daily, DAYS),
                sales.countByStatus(merchantId),
                sales.topProducts(merchantId, since, 5),
                daily,
                placed[0] == 0 ? 0 : (double) placed[1] / placed[0]);
    }

    /**
     * Day by day (business days, both ends included, at most a year): the signed-in merchant's orders placed that day
     * and paid — an order cancelled before payment is not one; one refunded after payment still is.
     */
    @PreAuthorize(Roles.IS_MERCHANT)
    public Map<LocalDate, Integer> myConvertedOrders(LocalDate from, LocalDate to) {
        Map<LocalDate, Integer> byDay = new LinkedHashMap<>();
        BusinessTime.reportDays(from, to).forEach(day -> byDay.put(day, 0));
        UUID merchantId = merchants.require(StaffPermission.DASHBOARD).id();
        for (Instant placed :
                sales.paidPlacements(merchantId, BusinessTime.startOf(from), BusinessTime.startOf(to.plusDays(1)))) {
            byDay.merge(BusinessTime.dayOf(placed), 1, Integer::sum);
        }
        return byDay;
    }

    private static SalesDashboard.Period period(List<SalesDashboard.Day> daily, int days) {
        var window = daily.subList(daily.size() - days, daily.size());
        return new SalesDashboard.Period(
                window.stream().mapToLong(SalesDashboard.Day::salesFen).sum(),
                window.stream().mapToInt(SalesDashboard.Day::orders).sum());
    }
}
