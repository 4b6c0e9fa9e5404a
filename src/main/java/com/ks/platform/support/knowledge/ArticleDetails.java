package com.ks.platform.support.knowledge;

import java.time.Instant;
import java.util.UUID;

/** A published article in the reader's language (or Chinese, when it has no English version); the body is safe HTML. */
public record ArticleDetails(
        UUID id,
        String slug,
        ArticleCategory category,
        ArticleLanguage language,
        String title,
        String bodyHtml,
        Instant updatedAt,
        int helpful,
        int notHelpful) {}
