package com.ks.platform.payment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.engagement.ProductViewCounts;
import com.ks.platform.engagement.Tracking;
import com.ks.platform.insights.InsightsDashboard;
import com.ks.platform.insights.MerchantInsights;
import com.ks.platform.shared.BehaviourEvent;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.EChart;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Conversion (views → paid orders) and refund rate on the merchant's home, from seeded views, orders and refunds. */
class MerchantInsightsTest extends SettlementTestSupport {

    @Autowired
    MerchantInsights insights;

    @Autowired
    ProductViewCounts viewCounts;

    @Autowired
    Tracking tracking;

    @Test
    void conversion_and_refund_rate_count_only_the_merchants_own_views_orders_and_refunds() {
        Shop mine = newShop();
        Shop other = newShop();
        viewed(mine, 4);
        viewed(other, 3);
        paidOrder(mine, new Item("STATIONERY", 10_000));
        var refunded = paidOrder(mine, new Item("STATIONERY", 20_000));
        payments.refundOrder(refunded, 5_000, "售后部分退款", "insights-" + refunded);
        placedOrder(newShopper(), mine, new Item("STATIONERY", 7_000)); // never paid: no conversion
        paidOrder(other, new Item("STATIONERY", 50_000));

        InsightsDashboard my = as(mine.email(), () -> insights.myInsights());
        assertThat(my.days()).hasSize(30);
        InsightsDashboard.Day today = my.lastDays(1);
        assertThat(today.day()).isEqualTo(LocalDate.now(BusinessTime.ZONE));
        assertThat(today.views()).isEqualTo(4);
        assertThat(today.orders()).isEqualTo(2);
        assertThat(today.paidFen()).isEqualTo(30_000);
        assertThat(today.refundedFen()).isEqualTo(5_000);
        assertThat(today.conversion()).hasValue(new BigDecimal("0.5000"));
        assertThat(my.lastDays(30).refundRate()).hasValue(new BigDecimal("0.1667"));
        assertThat(my.days().getFirst().conversion())
                .as("no views that day: no rate, not 0 %")
                .isEmpty();

        InsightsDashboard theirs = as(other.email(), () -> insights.myInsights());
        assertThat(theirs.lastDays(7).views()).isEqualTo(3);
        assertThat(theirs.lastDays(7).orders()).isEqualTo(1);
        assertThat(theirs.lastDays(7).refundRate()).hasValue(new BigDecimal("0.0000"));
    }

    @Test
    void a_shopper_sees_no_insights_and_a_period_longer_than_a_year_is_refused() {
        Shop mine = newShop();
        String shopper = newShopper();
        assertThatThrownBy(() -> as(shopper, () -> insights.myInsights())).isInstanceOf(AccessDeniedException.class);
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        assertThatThrownBy(() -> as(mine.email(), () -> viewCounts.myDailyViews(today.minusDays(400), today)))
                .isInstanceOf(RuleViolated.class);
        assertThatThrownBy(() -> as(mine.email(), () -> viewCounts.myDailyViews(today, today.minusDays(1))))
                .isInstanceOf(RuleViolated.class);
    }

    @Test
    void the_merchants_home_shows_the_conversion_and_refund_charts() {
        Shop mine = newShop();
        viewed(mine, 2);
        paidOrder(mine, new Item("STATIONERY", 10_000));
        signInAs(mine.email());
        navigate("merchant");

        assertThat(_find(H3.class).stream().map(H3::getText)).contains("近 30 天商品浏览与转化率", "近 30 天每日退款率（按金额）");
        assertThat(_find(EChart.class)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(_find(Span.class).stream().map(Span::getText)).contains("今日转化率（浏览 → 订单）", "50%");
    }

    /** Views of a product of the shop, by visitors (no one signed in): counted, tied to nobody. */
    private void viewed(Shop shop, int times) {
        ProductDetails product = as(shop.email(), () -> catalog.publishIn("STATIONERY", "浏览商品", 10, 50, 1_000));
        for (int i = 0; i < times; i++) {
            tracking.record(BehaviourEvent.pageView("product", product.id(), 5_000));
        }
    }
}
