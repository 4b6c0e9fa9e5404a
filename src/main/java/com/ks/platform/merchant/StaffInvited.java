package com.ks.platform.merchant;

import java.util.UUID;

/**
 * The answer to an invitation: an existing account was told in its inbox ({@code token} is null); a new address gets a
 * one-time {@code token} the owner passes on as a link — shown once, only its hash is kept.
 */
public record StaffInvited(UUID staffId, boolean accountExists, String token) {}
