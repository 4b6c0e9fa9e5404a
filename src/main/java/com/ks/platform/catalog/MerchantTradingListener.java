package com.ks.platform.catalog;

import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantStatus;
import com.ks.platform.merchant.MerchantStatusChanged;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Products follow their merchant: a suspended shop's products leave the storefront and the search index. */
@Component
class MerchantTradingListener {

    private final CatalogRepository catalog;
    private final MerchantQueries merchants;
    private final Clock clock;

    MerchantTradingListener(CatalogRepository catalog, MerchantQueries merchants, Clock clock) {
        this.catalog = catalog;
        this.merchants = merchants;
        this.clock = clock;
    }

    /**
     * Follows the merchant's state as it is now, not the event's target: a late "submitted" handled after "approved"
     * would otherwise take an approved shop's products off sale. Idempotent: only rows whose flag differs are touched.
     */
    @ApplicationModuleListener
    void on(MerchantStatusChanged event) {
        boolean trading = merchants
                .currentStatusLocked(event.merchantId())
                .map(MerchantStatus::sells)
                .orElse(false);
        catalog.setMerchantTrading(event.merchantId(), trading, clock.instant());
    }
}
