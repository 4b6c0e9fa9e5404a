package com.ks.platform.shared;

import java.util.UUID;

/**
 * A product's ratings after a new review: the totals, not the difference, so a re-delivered event sets the same values
 * again. Published by {@code review}; {@code catalog} (below it) keeps them beside the product for cards and search.
 */
public record ProductRatingsChanged(UUID productId, int ratingCount, int ratingSum) {}
