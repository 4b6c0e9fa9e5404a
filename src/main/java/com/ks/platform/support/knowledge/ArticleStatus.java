package com.ks.platform.support.knowledge;

/** Only published articles reach the help centre; drafts are seen by leads alone. */
public enum ArticleStatus {
    DRAFT,
    PUBLISHED
}
