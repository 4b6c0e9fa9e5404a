package com.ks.platform.merchant;

import java.time.Instant;
import java.util.UUID;

public record MerchantSummary(
        UUID id,
        String storeName,
        String companyName,
        String creditCode,
        BusinessCategory businessCategory,
        MerchantStatus status,
        Instant statusChangedAt,
        Instant createdAt) {}
