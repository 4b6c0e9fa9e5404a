package com.ks.platform.review;

/** Why a shopper reports a review; the officer sees it beside the review. */
public enum ReportReason {
    ABUSE,
    ADVERTISING,
    PRIVACY,
    IRRELEVANT,
    FALSE_INFORMATION,
    OTHER;

    public String messageKey() {
        return "reviewReport.reason." + name();
    }
}
