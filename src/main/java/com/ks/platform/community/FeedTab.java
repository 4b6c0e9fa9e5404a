package com.ks.platform.community;

/** The feed's tabs: everything newest first, the people one follows, or one topic. */
public enum FeedTab {
    LATEST,
    FOLLOWING,
    TOPIC;

    public String messageKey() {
        return "community.tab." + name();
    }
}
