package com.ks.platform.merchant;

/** What a compliance officer sees of a merchant under review. */
public record MerchantDetails(MerchantSummary summary, String legalRepresentative, String contactPhone) {}
