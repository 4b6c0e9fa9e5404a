package com.ks.platform.review.ui;

import com.ks.platform.ui.ReviewLinks;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The order pages' 评价 leads to the order's review page. */
@Component
class ReviewLinksProvider implements ReviewLinks {

    @Override
    public String reviewRoute(UUID orderId) {
        return ReviewOrderView.route(orderId);
    }
}
