package com.ks.platform.support.knowledge;

import com.ks.jooq.tables.records.SupportArticleTextRecord;
import com.ks.platform.catalog.RichDescription;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing articles (customer-service leads only) and what readers do with them: a view counted, one helpful /
 * not-helpful vote per person or browser session. Bodies are sanitised with the catalog's rich-text rules on save.
 */
@Service
public class KnowledgeService {

    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MIN_SLUG = 3;
    public static final int MAX_SLUG = 80;
    public static final int MIN_TITLE = 4;
    public static final int MAX_TITLE = 80;
    public static final int MAX_BODY = 20_000;

    private final KnowledgeRepository articles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KnowledgeService(KnowledgeRepository articles, ApplicationEventPublisher events, Clock clock) {
        this.articles = articles;
        this.events = events;
        this.clock = clock;
    }

    /** A new article, saved as a draft. */
    @Transactional
    @PreAuthorize(Roles.IS_CS_LEAD)
    public UUID create(ArticleDraft draft) {
        return insert(draft);
    }

    @Transactional
    @PreAuthorize(Roles.IS_CS_LEAD)
    public void update(UUID articleId, ArticleDraft draft) {
        ArticleDraft clean = validated(draft, articleId);
        try {
            if (!articles.update(articleId, clean, clock.instant())) {
                throw new NotFound("error.knowledge.notFound");
            }
        } catch (DuplicateKeyException sameSlugAtOnce) {
            throw slugTaken();
        }
        events.publishEvent(new KnowledgeChanged());
    }

    @Transactional
    @PreAuthorize(Roles.IS_CS_LEAD)
    public void publish(UUID articleId) {
        setStatus(articleId, ArticleStatus.PUBLISHED);
    }

    @Transactional
    @PreAuthorize(Roles.IS_CS_LEAD)
    public void unpublish(UUID articleId) {
        setStatus(articleId, ArticleStatus.DRAFT);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_CS_LEAD)
    public EditableArticle editable(UUID articleId) {
        var article = articles.find(articleId).orElseThrow(() -> new NotFound("error.knowledge.notFound"));
        Map<String, SupportArticleTextRecord> texts = articles.texts(articleId);
        SupportArticleTextRecord zh = texts.get(ArticleLanguage.ZH.code());
        SupportArticleTextRecord en = texts.get(ArticleLanguage.EN.code());
        return new EditableArticle(
                articleId,
                KnowledgeRepository.STATUSES.from(article.getStatus()),
                article.getUpdatedAt(),
                new ArticleDraft(
                        article.getSlug(),
                        KnowledgeRepository.CATEGORIES.from(article.getCategory()),
                        zh == null ? "" : zh.getTitle(),
                        zh == null ? "" : zh.getBody(),
                        en == null ? "" : en.getTitle(),
                        en == null ? "" : en.getBody()));
    }

    /** Counted each time a reader opens a published article. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void viewed(UUID articleId) {
        articles.countView(articleId);
    }

    /**
     * One vote per signed-in person, or per browser session for visitors; a second vote is refused. Drafts cannot be
     * voted on.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void vote(String slug, boolean helpful, String browserSession) {
        String voter = Voters.current(browserSession);
        var article = articles.findPublished(slug).orElseThrow(() -> new NotFound("error.knowledge.notFound"));
        try {
            articles.vote(article.getId(), voter, helpful, clock.instant());
        } catch (DuplicateKeyException alreadyVoted) {
            throw new RuleViolated("error.knowledge.alreadyVoted");
        }
    }

    /** The vote this person (or browser session) gave the article, if any. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<Boolean> myVote(UUID articleId, String browserSession) {
        return articles.voteOf(articleId, Voters.current(browserSession));
    }

    /** Used by the starter articles too, which are written as the platform rather than as a lead. */
    UUID insert(ArticleDraft draft) {
        ArticleDraft clean = validated(draft, null);
        UUID id = Ids.newId(clock);
        try {
            articles.insert(id, clean, clock.instant());
        } catch (DuplicateKeyException sameSlugAtOnce) {
            throw slugTaken();
        }
        events.publishEvent(new KnowledgeChanged());
        return id;
    }

    void publishAsPlatform(UUID articleId) {
        setStatus(articleId, ArticleStatus.PUBLISHED);
    }

    private void setStatus(UUID articleId, ArticleStatus status) {
        if (!articles.setStatus(articleId, status, clock.instant())) {
            throw new NotFound("error.knowledge.notFound");
        }
        events.publishEvent(new KnowledgeChanged());
    }

    /** Every field checked (the message next to it); bodies sanitised; the English version optional but whole. */
    private ArticleDraft validated(ArticleDraft draft, UUID articleId) {
        Map<String, String> errors = new LinkedHashMap<>();
        String slug = draft.slug() == null ? "" : draft.slug().strip();
        if (slug.length() < MIN_SLUG
                || slug.length() > MAX_SLUG
                || !SLUG.matcher(slug).matches()) {
            errors.put("slug", "error.knowledge.slug");
        } else if (articles.slugTaken(slug, articleId)) {
            errors.put("slug", "error.knowledge.slugTaken");
        }
        if (draft.category() == null) {
            errors.put("category", "error.knowledge.category");
        }
        String titleZh = checkTitle(errors, "titleZh", draft.titleZh(), true);
        String bodyZh = checkBody(errors, "bodyZh", draft.bodyZh(), true);
        boolean english = !blank(draft.titleEn()) || !blank(draft.bodyEn());
        String titleEn = checkTitle(errors, "titleEn", draft.titleEn(), english);
        String bodyEn = checkBody(errors, "bodyEn", draft.bodyEn(), english);
        if (!errors.isEmpty()) {
            throw new RuleViolated(errors);
        }
        return new ArticleDraft(
                slug, draft.category(), titleZh, bodyZh, english ? titleEn : null, english ? bodyEn : null);
    }

    private static String checkTitle(Map<String, String> errors, String field, String title, boolean required) {
        String value = title == null ? "" : title.strip();
        if (required && (value.length() < MIN_TITLE || value.length() > MAX_TITLE)) {
            errors.put(field, "error.knowledge.title");
        }
        return value;
    }

    private static String checkBody(Map<String, String> errors, String field, String body, boolean required) {
        if (body != null && body.length() > MAX_BODY) {
            errors.put(field, "error.knowledge.bodyTooLong");
            return "";
        }
        String safe = body == null ? "" : RichDescription.sanitise(body).strip();
        if (required && Jsoup.parse(safe).text().isBlank()) {
            errors.put(field, "error.knowledge.body");
        }
        return safe;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static RuleViolated slugTaken() {
        return new RuleViolated(Map.of("slug", "error.knowledge.slugTaken"));
    }
}
