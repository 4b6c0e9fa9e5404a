package com.ks.platform.catalog;

import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.ModuleHook;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where paid order lines become sales figures ("hot now", sold counts). Called by the ordering module when a payment
 * settles, in its transaction; a refunded line is recorded with a negative quantity.
 */
@Service
public class CatalogSales {

    private final CatalogRepository catalog;
    private final Clock clock;

    CatalogSales(CatalogRepository catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional
    @ModuleHook
    public void recordPaidLine(UUID productId, int quantity, Instant paidAt) {
        if (quantity == 0 || Math.abs(quantity) > 100_000) {
            throw new RuleViolated("error.sales.quantity");
        }
        if (catalog.findProduct(productId).isEmpty()) {
            throw new com.ks.platform.shared.NotFound("error.product.notFound");
        }
        LocalDate day = LocalDate.ofInstant(paidAt, BusinessTime.ZONE);
        catalog.recordSale(productId, day, quantity, clock.instant());
    }
}
