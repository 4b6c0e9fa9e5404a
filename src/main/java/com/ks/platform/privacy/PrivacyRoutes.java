package com.ks.platform.privacy;

/** Route strings of the privacy pages, so other modules and notices link without string literals. */
public final class PrivacyRoutes {

    public static final String CENTRE = "account/privacy";
    public static final String ACCEPT_POLICY = "privacy/accept";
    public static final String REQUESTS = "compliance/privacy-requests";

    private PrivacyRoutes() {}

    public static String request(java.util.UUID id) {
        return REQUESTS + "/" + id;
    }
}
