package com.ks.platform.catalog;

import com.ks.platform.shared.ProductRatingsChanged;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the product's rating totals (product card, search's rating filter) in step with the reviews written. */
@Component
class ProductRatingListener {

    private final CatalogRepository catalog;
    private final Clock clock;

    ProductRatingListener(CatalogRepository catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Reviews are never deleted, so counts only grow: an older or re-delivered event changes nothing. */
    @ApplicationModuleListener
    void on(ProductRatingsChanged event) {
        catalog.setRatings(event.productId(), event.ratingCount(), event.ratingSum(), clock.instant());
    }
}
