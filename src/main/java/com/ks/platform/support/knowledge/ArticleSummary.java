package com.ks.platform.support.knowledge;

import java.time.Instant;
import java.util.UUID;

/** One line of an article list, titled in the reader's language. */
public record ArticleSummary(
        UUID id,
        String slug,
        ArticleCategory category,
        String title,
        ArticleStatus status,
        Instant updatedAt,
        long viewCount,
        int helpful,
        int notHelpful) {}
