package com.ks.platform.identity;

/** What a person agreed to; each is recorded with the policy version they saw. */
public enum ConsentPurpose {
    PRIVACY_POLICY,
    PERSONALISATION,
    /** Marketing by e-mail, by SMS and in the message centre: three separate, withdrawable consents (PIPL art. 14). */
    MARKETING_EMAIL,
    MARKETING_SMS,
    MARKETING_MESSAGE;

    /** The consents a person may give and withdraw on their own; the policy itself is accepted, not toggled. */
    public boolean withdrawable() {
        return this != PRIVACY_POLICY;
    }
}
