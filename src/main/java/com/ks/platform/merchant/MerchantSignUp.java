package com.ks.platform.merchant;

/** A would-be merchant's sign-up: the owner's account and the company facts for qualification review. */
public record MerchantSignUp(
        String email,
        String contactName,
        String password,
        String storeName,
        String companyName,
        String creditCode,
        String legalRepresentative,
        String contactPhone,
        BusinessCategory businessCategory,
        boolean acceptPrivacyPolicy) {}
