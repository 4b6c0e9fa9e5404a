package com.ks.platform.identity;

/** Routes of identity's views, so the shell links to them without string literals. */
public final class IdentityRoutes {

    /** The second-factor step staff meet after the password (issue 20). */
    public static final String TWO_FACTOR = "account/two-factor";

    /** Its query parameter naming the staff page to open afterwards. */
    public static final String TWO_FACTOR_CONTINUE = "continue";

    private IdentityRoutes() {}
}
