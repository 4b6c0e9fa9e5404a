package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.AfterSalesRoutes;
import com.ks.platform.ui.AfterSalesLinks;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells the order pages where the after-sales pages are. */
@Component
class AfterSalesLinksProvider implements AfterSalesLinks {

    @Override
    public String applyRoute(UUID orderId, UUID lineId) {
        return AfterSalesRoutes.apply(orderId, lineId);
    }

    @Override
    public String casesRoute() {
        return AfterSalesRoutes.MY_CASES;
    }
}
