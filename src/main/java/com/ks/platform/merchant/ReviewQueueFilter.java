package com.ks.platform.merchant;

import java.util.Set;

/** Narrows the review queue: states (within the queue's), one category, and at least so many days waiting. */
public record ReviewQueueFilter(Set<MerchantStatus> statuses, BusinessCategory category, Integer minDaysWaiting) {

    public static ReviewQueueFilter all() {
        return new ReviewQueueFilter(Set.of(), null, null);
    }
}
