package com.ks.platform.review.ui;

import com.ks.platform.review.ReviewModeration;
import com.ks.platform.review.ReviewQueries;
import com.ks.platform.ui.ProductPagePart;
import com.vaadin.flow.component.Component;
import java.util.UUID;

/** Puts 商品评价 below the product's details. */
@org.springframework.stereotype.Component
class ProductReviewsPart implements ProductPagePart {

    private final ReviewQueries queries;
    private final ReviewModeration moderation;

    ProductReviewsPart(ReviewQueries queries, ReviewModeration moderation) {
        this.queries = queries;
        this.moderation = moderation;
    }

    @Override
    public Place place() {
        return Place.BELOW_DETAILS;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(UUID productId) {
        return new ProductReviews(queries, moderation, productId);
    }
}
