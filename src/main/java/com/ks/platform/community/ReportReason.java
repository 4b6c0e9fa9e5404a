package com.ks.platform.community;

/** Why a shopper reports community content; the admin sees it beside the content. */
public enum ReportReason {
    ABUSE,
    ADVERTISING,
    PRIVACY,
    IRRELEVANT,
    FALSE_INFORMATION,
    OTHER;

    public String messageKey() {
        return "community.reportReason." + name();
    }
}
