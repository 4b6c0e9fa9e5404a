package com.ks.platform.shared;

import java.time.Instant;

/**
 * Records kept only for a configured period (behaviour events, sign-in records): the privacy module's retention job
 * purges what is older than the period configured under {@code ks.privacy.retention.<name>}.
 */
public interface RetainedRecords {

    /** The name of the period in configuration and in the privacy policy, e.g. {@code behaviour-events}. */
    String name();

    /** Deletes the records made before {@code cutoff}. @return how many were deleted */
    int purgeBefore(Instant cutoff);
}
