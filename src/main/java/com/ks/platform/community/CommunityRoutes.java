package com.ks.platform.community;

import java.util.UUID;

/** The community's routes, so other modules (and notices) link without string literals. */
public final class CommunityRoutes {

    public static final String FEED = "community";
    public static final String NEW_POST = "community/new";
    public static final String POST = "community/posts/:postId";
    public static final String MEMBER = "community/people/:memberId";
    public static final String REPORTS = "admin/community-reports";

    private CommunityRoutes() {}

    public static String post(UUID postId) {
        return "community/posts/" + postId;
    }

    public static String member(UUID memberId) {
        return "community/people/" + memberId;
    }

    /** The product page, where 问大家 lives (the catalog's own route). */
    public static String product(UUID productId) {
        return "product/" + productId;
    }
}
