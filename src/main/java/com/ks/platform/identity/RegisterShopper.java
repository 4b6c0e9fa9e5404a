package com.ks.platform.identity;

/**
 * A visitor's registration. {@code acceptPrivacyPolicy} must be true (PIPL art. 13: processing needs consent to the
 * policy shown); {@code personalisation} is the separate, optional consent to personalised recommendations (PIPL art.
 * 24).
 */
public record RegisterShopper(
        String email, String displayName, String password, boolean acceptPrivacyPolicy, boolean personalisation) {}
