package com.ks.platform.ui;

import java.util.UUID;

/**
 * Where pages send a person who needs customer service; the support module provides it, so lower modules (ordering,
 * credit) link to it without depending on it.
 */
public interface SupportLinks {

    /** The contact page with one of the shopper's orders chosen (联系客服 on the order page). */
    String contactAboutOrder(UUID orderId);

    /** The contact page asking for a person to review an automated decision (人工复核, PIPL art. 24). */
    String humanReview();
}
