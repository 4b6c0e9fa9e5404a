package com.ks.platform.compliance;

public enum ViolationState {
    /** The penalty applies now. */
    IN_FORCE,
    /** Its period is over; the effect was undone by the expiry job. */
    ENDED,
    /** A second officer granted the merchant's appeal; the effect was undone. */
    LIFTED
}
