package com.ks.platform.catalog;

import com.ks.platform.merchant.MerchantStatusChanged;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Products follow their merchant: a suspended shop's products leave the storefront and the search index. */
@Component
class MerchantTradingListener {

    private final CatalogRepository catalog;
    private final Clock clock;

    MerchantTradingListener(CatalogRepository catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Idempotent: only rows whose flag differs are touched, so a re-delivered event changes nothing twice. */
    @ApplicationModuleListener
    void on(MerchantStatusChanged event) {
        catalog.setMerchantTrading(event.merchantId(), event.tradingNow(), clock.instant());
    }
}
