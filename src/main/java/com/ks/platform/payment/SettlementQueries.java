package com.ks.platform.payment;

import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantAccess;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.ordering.OrderPayments;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A merchant's own settlement statements, per calendar month in China Standard Time, computed from the ledger when
 * asked. The merchant is the signed-in person's; there is no parameter through which another's could be read.
 */
@Service
public class SettlementQueries {

    /** How many months back the statement list goes. */
    public static final int MAX_MONTHS = 36;

    public static final int MAX_PAGE = 100;

    private final SettlementRepository settlements;
    private final MerchantAccess merchants;
    private final OrderPayments orders;
    private final Clock clock;

    SettlementQueries(SettlementRepository settlements, MerchantAccess merchants, OrderPayments orders, Clock clock) {
        this.settlements = settlements;
        this.merchants = merchants;
        this.orders = orders;
        this.clock = clock;
    }

    /** From this month ("so far") back to the first month the shop was paid, newest first. */
    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional(readOnly = true)
    public List<SettlementPeriod> myPeriods() {
        String account = myAccount();
        YearMonth now = thisMonth();
        YearMonth first = settlements
                .firstEntry(account)
                .map(t -> YearMonth.from(t.atZone(BusinessTime.ZONE)))
                .orElse(now);
        List<SettlementPeriod> periods = new ArrayList<>();
        for (YearMonth m = now; !m.isBefore(first) && periods.size() < MAX_MONTHS; m = m.minusMonths(1)) {
            periods.add(period(account, m));
        }
        return periods;
    }

    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional(readOnly = true)
    public SettlementPeriod myPeriod(YearMonth month) {
        return period(myAccount(), checked(month));
    }

    /** A page of the month's orders (those with any movement in it), the newest first. */
    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional(readOnly = true)
    public List<SettlementLine> myLines(YearMonth month, int offset, int limit) {
        YearMonth m = checked(month);
        var page = settlements.orders(
                myAccount(), start(m), start(m.plusMonths(1)), Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE));
        Map<UUID, String> numbers = orders.orderNumbers(
                page.stream().map(SettlementRepository.OrderTotals::orderId).toList());
        return page.stream()
                .map(o -> new SettlementLine(
                        o.orderId(),
                        numbers.getOrDefault(o.orderId(), ""),
                        o.firstRecordedAt(),
                        o.amountFen(),
                        o.refundFen(),
                        o.commissionFen()))
                .toList();
    }

    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional(readOnly = true)
    public int countMyLines(YearMonth month) {
        YearMonth m = checked(month);
        return settlements.countOrders(myAccount(), start(m), start(m.plusMonths(1)));
    }

    /**
     * Day by day (business days, both ends included, at most a year): what the signed-in merchant was paid and what it
     * refunded, by the day the ledger recorded each.
     */
    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional(readOnly = true)
    public List<DailyMoney> myDailyMoney(LocalDate from, LocalDate to) {
        List<LocalDate> days = BusinessTime.reportDays(from, to);
        Map<LocalDate, long[]> byDay = new LinkedHashMap<>();
        days.forEach(day -> byDay.put(day, new long[2]));
        // the dashboard's refund rate: for the owner and for staff trusted with the dashboard
        String account =
                Ledger.merchant(merchants.require(StaffPermission.DASHBOARD).id());
        for (var movement : settlements.paidAndRefunded(
                account, BusinessTime.startOf(from), BusinessTime.startOf(to.plusDays(1)))) {
            long[] sums = byDay.get(BusinessTime.dayOf(movement.recordedAt()));
            if (movement.kind() == Ledger.Kind.ALLOCATION) {
                sums[0] += movement.amountFen();
            } else {
                sums[1] -= movement.amountFen(); // a refund is a debit of the merchant's account
            }
        }
        List<DailyMoney> daily = new ArrayList<>();
        byDay.forEach((day, sums) -> daily.add(new DailyMoney(day, sums[0], sums[1])));
        return daily;
    }

    private SettlementPeriod period(String account, YearMonth month) {
        var t = settlements.totals(account, start(month), start(month.plusMonths(1)));
        return new SettlementPeriod(
                month, month.equals(thisMonth()), t.orders(), t.grossFen(), t.refundsFen(), t.commissionFen());
    }

    private YearMonth checked(YearMonth month) {
        if (month == null
                || month.isAfter(thisMonth())
                || month.isBefore(thisMonth().minusMonths(MAX_MONTHS))) {
            throw new RuleViolated("error.settlement.month");
        }
        return month;
    }

    private YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(BusinessTime.ZONE));
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    private String myAccount() {
        return Ledger.merchant(merchants.requireOwner().id());
    }
}
