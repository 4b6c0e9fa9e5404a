package com.ks.platform.identity;

/** Role names as compile-time constants, for {@code @RolesAllowed} on views and services. */
public final class Roles {

    public static final String SHOPPER = "SHOPPER";
    public static final String MERCHANT = "MERCHANT";
    public static final String CS_AGENT = "CS_AGENT";
    public static final String COMPLIANCE_OFFICER = "COMPLIANCE_OFFICER";
    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
