package com.ks.platform.insights;

import com.ks.platform.engagement.ProductViewCounts;
import com.ks.platform.identity.Roles;
import com.ks.platform.ordering.SalesQueries;
import com.ks.platform.payment.DailyMoney;
import com.ks.platform.payment.SettlementQueries;
import com.ks.platform.shared.BusinessTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in merchant's conversion and refund rate, day by day for 30 business days. Each source answers for the
 * signed-in merchant only, so nothing here takes a merchant id.
 */
@Service
public class MerchantInsights {

    static final int DAYS = 30;

    private final ProductViewCounts views;
    private final SalesQueries sales;
    private final SettlementQueries settlements;
    private final Clock clock;

    MerchantInsights(ProductViewCounts views, SalesQueries sales, SettlementQueries settlements, Clock clock) {
        this.views = views;
        this.sales = sales;
        this.settlements = settlements;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional(readOnly = true)
    public InsightsDashboard myInsights() {
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        LocalDate first = today.minusDays(DAYS - 1L);
        Map<LocalDate, Long> viewed = views.myDailyViews(first, today);
        Map<LocalDate, Integer> ordered = sales.myConvertedOrders(first, today);
        List<DailyMoney> money = settlements.myDailyMoney(first, today);
        return new InsightsDashboard(money.stream()
                .map(m -> new InsightsDashboard.Day(
                        m.day(),
                        viewed.getOrDefault(m.day(), 0L),
                        ordered.getOrDefault(m.day(), 0),
                        m.paidFen(),
                        m.refundedFen()))
                .toList());
    }
}
