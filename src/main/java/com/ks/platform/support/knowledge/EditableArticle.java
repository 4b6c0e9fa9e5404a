package com.ks.platform.support.knowledge;

import java.time.Instant;
import java.util.UUID;

/** An article as the editor loads it: its state and both language versions. */
public record EditableArticle(UUID id, ArticleStatus status, Instant updatedAt, ArticleDraft draft) {}
