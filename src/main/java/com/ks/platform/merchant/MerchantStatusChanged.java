package com.ks.platform.merchant;

import java.util.UUID;

/** Published whenever a merchant's qualification state changes; listeners must be idempotent. */
public record MerchantStatusChanged(UUID merchantId, MerchantStatus from, MerchantStatus to) {}
