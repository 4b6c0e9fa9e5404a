package com.ks.platform.aftersales;

import java.util.UUID;

/** The platform decided an escalated case ({@code refunded}: refund in full or part; otherwise the merchant upheld). */
public record AfterSalesPlatformDecided(UUID caseId, boolean refunded) {}
