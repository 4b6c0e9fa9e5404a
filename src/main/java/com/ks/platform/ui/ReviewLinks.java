package com.ks.platform.ui;

import java.util.UUID;

/**
 * Where the order pages send a buyer to review a delivered order (评价); the review module provides it, so ordering
 * links to it without depending on it.
 */
public interface ReviewLinks {

    /** The page to review (or follow up on) the lines of one order. */
    String reviewRoute(UUID orderId);
}
