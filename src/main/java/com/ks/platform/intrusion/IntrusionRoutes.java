package com.ks.platform.intrusion;

/** Routes of the intrusion module, so the shell and notices link without string literals. */
public final class IntrusionRoutes {

    /** Security events and blocked sources, for admins. */
    public static final String SECURITY = "admin/security";

    private IntrusionRoutes() {}
}
