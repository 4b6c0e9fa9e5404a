package com.ks.platform.catalog;

import com.ks.platform.shared.BehaviourEvent;
import java.util.List;
import java.util.UUID;

/**
 * "Recommended for you" for the signed-in shopper. Behind an interface so a real recommender can replace the first,
 * rule-based one (in the engagement module) without touching the storefront. Implementations must return nothing
 * when the shopper has switched personalisation off (PIPL art. 24, E-Commerce Law art. 18).
 */
public interface Recommendations {

    List<ProductCard> forCurrentShopper(int limit);

    /** The shopper's verdict on a recommended product; "not interested" hides it (and lowers its category) at once. */
    void feedback(UUID productId, BehaviourEvent.Feedback feedback);
}
