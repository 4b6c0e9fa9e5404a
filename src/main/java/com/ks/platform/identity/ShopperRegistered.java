package com.ks.platform.identity;

import java.util.UUID;

/** A visitor registered as a shopper through the registration form; modules above greet the new account. */
public record ShopperRegistered(UUID accountId) {}
