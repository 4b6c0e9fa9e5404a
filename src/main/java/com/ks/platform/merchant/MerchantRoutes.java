package com.ks.platform.merchant;

/** Routes of the merchant module, so other modules link without string literals. */
public final class MerchantRoutes {

    public static final String HOME = "merchant";
    public static final String ONBOARDING = "merchant/onboarding";
    public static final String STAFF = "merchant/staff";
    /** The merchant's violations and appeals (the view lives in compliance); open while a penalty stops the shop. */
    public static final String VIOLATIONS = "merchant/violations";

    public static final String SIGN_UP = "merchant-signup";
    /** Where an invitee accepts; {@code ?token=…} carries the one-time token of an invitation link. */
    public static final String STAFF_INVITATIONS = "account/staff-invitations";

    private MerchantRoutes() {}
}
