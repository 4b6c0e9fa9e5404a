package com.ks.platform.identity;

import java.util.UUID;

/**
 * A visitor became a shopper, through the registration form or a first OIDC sign-in that created an account (not one
 * that linked an existing account); modules above greet the new account.
 */
public record ShopperRegistered(UUID accountId) {}
