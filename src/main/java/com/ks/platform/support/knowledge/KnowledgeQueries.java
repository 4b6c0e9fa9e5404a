package com.ks.platform.support.knowledge;

import static com.ks.jooq.Tables.SUPPORT_ARTICLE;

import com.ks.jooq.tables.records.SupportArticleTextRecord;
import com.ks.platform.catalog.RichDescription;
import com.ks.platform.identity.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The help centre's reads: only published articles, in the reader's language (Chinese when there is no English). */
@Service
@Transactional(readOnly = true)
public class KnowledgeQueries {

    /** How many articles the contact form suggests while a person types. */
    public static final int SUGGESTIONS = 3;

    private static final Condition PUBLISHED = KnowledgeRepository.STATUS.eq(ArticleStatus.PUBLISHED);

    private final KnowledgeRepository articles;
    private final ArticleIndex index;

    KnowledgeQueries(KnowledgeRepository articles, ArticleIndex index) {
        this.articles = articles;
        this.index = index;
    }

    /** A published article; a draft or an unknown address is empty, as if it did not exist. */
    @PreAuthorize("permitAll()")
    public Optional<ArticleDetails> article(String slug, Locale locale) {
        if (slug == null || slug.length() > KnowledgeService.MAX_SLUG) {
            return Optional.empty();
        }
        return articles.findPublished(slug).map(article -> {
            Map<String, SupportArticleTextRecord> texts = articles.texts(article.getId());
            ArticleLanguage wanted = ArticleLanguage.of(locale);
            ArticleLanguage shown = texts.containsKey(wanted.code()) ? wanted : ArticleLanguage.ZH;
            SupportArticleTextRecord text = texts.get(shown.code());
            return new ArticleDetails(
                    article.getId(),
                    article.getSlug(),
                    KnowledgeRepository.CATEGORIES.from(article.getCategory()),
                    shown,
                    text.getTitle(),
                    RichDescription.sanitise(text.getBody()),
                    article.getUpdatedAt(),
                    article.getHelpfulCount(),
                    article.getNotHelpfulCount());
        });
    }

    /** The most read published articles. */
    @PreAuthorize("permitAll()")
    public List<ArticleSummary> popular(Locale locale, int limit) {
        return articles.mostViewed(PUBLISHED, ArticleLanguage.of(locale), limit);
    }

    /** A category's published articles, most read first. */
    @PreAuthorize("permitAll()")
    public List<ArticleSummary> inCategory(ArticleCategory category, Locale locale, int limit) {
        return articles.mostViewed(
                PUBLISHED.and(KnowledgeRepository.CATEGORY.eq(category)), ArticleLanguage.of(locale), limit);
    }

    /** Published articles matching what a person typed (Chinese or English), best first; garbage finds nothing. */
    @PreAuthorize("permitAll()")
    public List<ArticleSummary> search(String text, Locale locale, int limit) {
        List<String> slugs = index.search(text, null, Math.min(Math.max(limit, 0), 50));
        return slugs.isEmpty() ? List.of() : articles.bySlugs(slugs, ArticleLanguage.of(locale));
    }

    /** Articles on the same subject: matches of the title in the same category, then the category's most read. */
    @PreAuthorize("permitAll()")
    public List<ArticleSummary> related(ArticleDetails article, Locale locale, int limit) {
        List<String> slugs = new ArrayList<>(index.search(article.title(), article.category(), limit + 1));
        slugs.remove(article.slug());
        List<ArticleSummary> related = new ArrayList<>(articles.bySlugs(slugs, ArticleLanguage.of(locale)));
        for (ArticleSummary more : inCategory(article.category(), locale, limit + 1)) {
            if (related.size() < limit
                    && !more.slug().equals(article.slug())
                    && related.stream().noneMatch(r -> r.slug().equals(more.slug()))) {
                related.add(more);
            }
        }
        return related.size() > limit ? related.subList(0, limit) : related;
    }

    /** Every article, drafts included, for the leads' list; {@code text} filters by address or title. */
    @PreAuthorize(Roles.IS_CS_LEAD)
    public List<ArticleSummary> all(String text, Locale locale, int offset, int limit) {
        return articles.page(filter(text), ArticleLanguage.of(locale), offset, limit);
    }

    @PreAuthorize(Roles.IS_CS_LEAD)
    public int countAll(String text) {
        return articles.count(filter(text));
    }

    private static Condition filter(String text) {
        if (text == null || text.isBlank()) {
            return DSL.trueCondition();
        }
        return SUPPORT_ARTICLE
                .SLUG
                .containsIgnoreCase(text.strip())
                .or(KnowledgeRepository.titleContains(text.strip()));
    }
}
