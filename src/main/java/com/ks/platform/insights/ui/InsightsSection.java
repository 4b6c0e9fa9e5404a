package com.ks.platform.insights.ui;

import com.ks.platform.insights.MerchantInsights;
import com.ks.platform.ordering.SalesQueries;
import com.ks.platform.ui.MerchantHomeSection;
import com.vaadin.flow.component.Component;

/** Puts conversion and refund rate on the merchant portal's home, after the sales figures. */
@org.springframework.stereotype.Component
class InsightsSection implements MerchantHomeSection {

    private final MerchantInsights insights;
    private final SalesQueries sales;

    InsightsSection(MerchantInsights insights, SalesQueries sales) {
        this.insights = insights;
        this.sales = sales;
    }

    @Override
    public boolean available() {
        return sales.mayViewDashboard();
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create() {
        return new InsightsPanel(insights.myInsights());
    }
}
