package com.ks.platform.ordering.ui;

import com.ks.platform.merchant.MerchantAccess;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.ordering.SalesQueries;
import com.ks.platform.ui.MerchantHomeSection;
import com.vaadin.flow.component.Component;

/** Puts the sales dashboard on the merchant portal's home. */
@org.springframework.stereotype.Component
class SalesDashboardSection implements MerchantHomeSection {

    private final SalesQueries sales;
    private final MerchantAccess access;

    SalesDashboardSection(SalesQueries sales, MerchantAccess access) {
        this.sales = sales;
        this.access = access;
    }

    @Override
    public boolean available() {
        return access.current()
                .filter(actor -> actor.may(StaffPermission.DASHBOARD))
                .isPresent();
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
