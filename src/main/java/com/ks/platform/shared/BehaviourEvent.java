package com.ks.platform.shared;

import java.util.UUID;

/**
 * Something a shopper did that analytics and recommendations may learn from. Modules publish it as a Spring
 * application event (modules below {@code engagement} cannot call it); {@code engagement} stores it after the
 * publishing transaction commits, tied to the shopper only when their personalisation consent is on (PIPL art. 24).
 * Every field but the type is optional.
 */
public record BehaviourEvent(
        Type type,
        UUID productId,
        String pageRoute,
        Long dwellMs,
        String searchQuery,
        Integer resultCount,
        Integer quantity,
        Feedback feedback) {

    public enum Type {
        PAGE_VIEW,
        PRODUCT_CLICK,
        SEARCH,
        ADD_TO_CART,
        FAVOURITE,
        RECOMMENDATION_FEEDBACK
    }

    /** What a shopper said about a recommended product. */
    public enum Feedback {
        INTERESTED,
        NOT_INTERESTED,
        ALREADY_BOUGHT
    }

    /** A page was shown for {@code dwellMs} milliseconds; {@code productId} when it was a product page. */
    public static BehaviourEvent pageView(String route, UUID productId, long dwellMs) {
        return new BehaviourEvent(Type.PAGE_VIEW, productId, route, dwellMs, null, null, null, null);
    }

    public static BehaviourEvent productClick(UUID productId, String fromRoute) {
        return new BehaviourEvent(Type.PRODUCT_CLICK, productId, fromRoute, null, null, null, null, null);
    }

    /** A product opened from search results, with the query it was found by (what search learns intent from). */
    public static BehaviourEvent searchClick(UUID productId, String query) {
        String text = query == null ? null : query.strip();
        if (text != null && text.length() > 100) {
            text = text.substring(0, 100);
        }
        return new BehaviourEvent(
                Type.PRODUCT_CLICK,
                productId,
                "search",
                null,
                text == null || text.isEmpty() ? null : text,
                null,
                null,
                null);
    }

    public static BehaviourEvent search(String query, int resultCount) {
        return new BehaviourEvent(Type.SEARCH, null, "search", null, query, resultCount, null, null);
    }

    public static BehaviourEvent addToCart(UUID productId, int quantity) {
        return new BehaviourEvent(Type.ADD_TO_CART, productId, null, null, null, null, quantity, null);
    }

    /** {@code added} false when the favourite was removed (stored as quantity 1 / -1). */
    public static BehaviourEvent favourite(UUID productId, boolean added) {
        return new BehaviourEvent(Type.FAVOURITE, productId, null, null, null, null, added ? 1 : -1, null);
    }

    public static BehaviourEvent recommendationFeedback(UUID productId, Feedback feedback) {
        return new BehaviourEvent(Type.RECOMMENDATION_FEEDBACK, productId, null, null, null, null, null, feedback);
    }
}
