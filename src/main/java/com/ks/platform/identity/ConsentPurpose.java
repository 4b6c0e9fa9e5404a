package com.ks.platform.identity;

/** What a person agreed to; each is recorded with the policy version they saw. */
public enum ConsentPurpose {
    PRIVACY_POLICY,
    PERSONALISATION
}
