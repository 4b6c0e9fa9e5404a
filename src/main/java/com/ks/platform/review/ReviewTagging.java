package com.ks.platform.review;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the product's review tags current in the transaction that changes a review: tags drawn from a new review's
 * text, more from its 追评, and the counts recounted (a hidden review's words stop counting). The product page then
 * reads counts, never texts.
 */
@Component
class ReviewTagging {

    private final ReviewTagVocabulary vocabulary;
    private final ReviewTagRepository tags;

    ReviewTagging(ReviewTagVocabulary vocabulary, ReviewTagRepository tags) {
        this.vocabulary = vocabulary;
        this.tags = tags;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void written(UUID reviewId, UUID productId, String text) {
        tags.tag(reviewId, productId, vocabulary.tagsOf(text));
        tags.recount(productId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void hidden(UUID productId) {
        tags.recount(productId);
    }
}
