package com.ks.platform.shared;

/**
 * What is limited, and per what. Each has its allowance in {@link RateLimitSettings}; {@link RateLimits} keeps the
 * buckets.
 */
public enum RateLimit {
    /** Password sign-in attempts from one client address. */
    SIGN_IN_PER_ADDRESS,
    /** Password sign-in attempts for one e-mail address, from anywhere (the account lock counts only failures). */
    SIGN_IN_PER_ACCOUNT,
    /** Registrations (shoppers and merchant owners) from one client address. */
    REGISTRATION_PER_ADDRESS,
    /** Registration attempts with one e-mail address. */
    REGISTRATION_PER_ACCOUNT,
    /** Password reset requests from one client address. */
    PASSWORD_RESET_PER_ADDRESS,
    /** Password reset requests for one e-mail address, whether or not it has an account (no enumeration). */
    PASSWORD_RESET_PER_ACCOUNT,
    /** API calls without a token (public catalog reads, the OpenAPI document) from one client address. */
    API_PUBLIC_PER_CLIENT,
    /** API calls with a token, per account the token acts as. */
    API_PER_ACCOUNT,
    /** Payment notifications refused for want of a valid signature, per sending address. */
    REFUSED_NOTIFICATIONS_PER_SOURCE
}
