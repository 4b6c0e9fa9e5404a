package com.ks.platform.merchant;

import java.util.UUID;

/** What anyone may see of a trading merchant. */
public record StoreCard(UUID id, String storeName, BusinessCategory businessCategory) {}
