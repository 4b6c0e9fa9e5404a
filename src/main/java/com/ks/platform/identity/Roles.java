package com.ks.platform.identity;

/** Role names as compile-time constants, for {@code @RolesAllowed} on views and {@code @PreAuthorize} on services. */
public final class Roles {

    public static final String SHOPPER = "SHOPPER";
    public static final String MERCHANT = "MERCHANT";
    public static final String CS_AGENT = "CS_AGENT";
    public static final String CS_LEAD = "CS_LEAD";
    public static final String COMPLIANCE_OFFICER = "COMPLIANCE_OFFICER";
    public static final String ADMIN = "ADMIN";

    /** Service-side checks ({@code @PreAuthorize}); views use {@code @RolesAllowed} with the names above. */
    public static final String IS_ADMIN = "hasRole('ADMIN')";

    public static final String IS_MERCHANT = "hasRole('MERCHANT')";
    public static final String IS_MERCHANT_OR_COMPLIANCE_OFFICER = "hasAnyRole('MERCHANT', 'COMPLIANCE_OFFICER')";
    public static final String IS_SHOPPER = "hasRole('SHOPPER')";
    public static final String IS_CS_AGENT = "hasRole('CS_AGENT')";
    public static final String IS_CS_LEAD = "hasRole('CS_LEAD')";
    public static final String IS_COMPLIANCE_OFFICER = "hasRole('COMPLIANCE_OFFICER')";
    public static final String IS_COMPLIANCE_OFFICER_OR_ADMIN = "hasAnyRole('COMPLIANCE_OFFICER', 'ADMIN')";

    private Roles() {}
}
