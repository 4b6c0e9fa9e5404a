package com.ks.platform.ordering.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.ui.EChart;
import org.junit.jupiter.api.Test;

/** The merchant's home shows the sales figures and the three charts. */
class MerchantDashboardViewTest extends OrderingViewTestSupport {

    @Test
    void the_merchant_home_shows_sales_kpis_and_charts() {
        signInAs(DIGITAL_SHOP);

        navigate("merchant");

        assertThat(pageText()).contains("今日销售额", "近 30 天销售额", "待发货订单", "近 30 天取消率", "订单状态分布", "近 30 天热销商品");
        var charts = _find(_get(SalesDashboardPanel.class), EChart.class);
        assertThat(charts).hasSize(3);
        assertThat(charts.getFirst().getElement().getAttribute("option")).contains("\"type\":\"line\"");
    }
}
