package com.ks.platform.identity;

import java.util.Set;

/** An account created on someone's behalf by another module (merchant sign-up) or by an administrator. */
public record NewAccount(
        String email, String displayName, String password, Set<Role> roles, boolean acceptPrivacyPolicy) {}
