package com.ks.platform.support.knowledge;

/**
 * What a lead writes: the address, the category and both language versions. The English version is optional (the
 * help centre then shows the Chinese one); the bodies are HTML, sanitised on save.
 */
public record ArticleDraft(
        String slug, ArticleCategory category, String titleZh, String bodyZh, String titleEn, String bodyEn) {}
