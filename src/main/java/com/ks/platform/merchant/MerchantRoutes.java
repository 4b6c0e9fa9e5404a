package com.ks.platform.merchant;

/** Routes of the merchant module, so other modules link without string literals. */
public final class MerchantRoutes {

    public static final String HOME = "merchant";
    public static final String ONBOARDING = "merchant/onboarding";
    public static final String SIGN_UP = "merchant-signup";

    private MerchantRoutes() {}
}
