package com.ks.platform.ordering.ui;

import com.ks.platform.ordering.SalesQueries;
import com.ks.platform.ui.MerchantHomeSection;
import com.vaadin.flow.component.Component;

/** Puts the sales dashboard on the merchant portal's home. */
@org.springframework.stereotype.Component
class SalesDashboardSection implements MerchantHomeSection {

    private final SalesQueries sales;

    SalesDashboardSection(SalesQueries sales) {
        this.sales = sales;
    }

    @Override
    public boolean available() {
        return sales.mayViewDashboard();
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create() {
        return new SalesDashboardPanel(sales.myDashboard());
    }
}
