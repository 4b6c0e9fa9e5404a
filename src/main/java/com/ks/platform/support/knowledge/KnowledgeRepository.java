package com.ks.platform.support.knowledge;

import static com.ks.jooq.Tables.SUPPORT_ARTICLE;
import static com.ks.jooq.Tables.SUPPORT_ARTICLE_TEXT;
import static com.ks.jooq.Tables.SUPPORT_ARTICLE_VOTE;

import com.ks.jooq.tables.records.SupportArticleRecord;
import com.ks.jooq.tables.records.SupportArticleTextRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.EnumConverter;
import org.springframework.stereotype.Repository;

/** Articles, their language versions and votes. */
@Repository
class KnowledgeRepository {

    static final EnumConverter<String, ArticleStatus> STATUSES = new EnumConverter<>(String.class, ArticleStatus.class);
    static final EnumConverter<String, ArticleCategory> CATEGORIES =
            new EnumConverter<>(String.class, ArticleCategory.class);
    static final Field<ArticleStatus> STATUS = SUPPORT_ARTICLE.STATUS.convert(STATUSES);
    static final Field<ArticleCategory> CATEGORY = SUPPORT_ARTICLE.CATEGORY.convert(CATEGORIES);

    private final DSLContext db;

    KnowledgeRepository(DSLContext db) {
        this.db = db;
    }

    void insert(UUID id, ArticleDraft draft, Instant now) {
        db.insertInto(SUPPORT_ARTICLE)
                .set(SUPPORT_ARTICLE.ID, id)
                .set(SUPPORT_ARTICLE.SLUG, draft.slug())
                .set(CATEGORY, draft.category())
                .set(STATUS, ArticleStatus.DRAFT)
                .set(SUPPORT_ARTICLE.CREATED_AT, now)
                .set(SUPPORT_ARTICLE.UPDATED_AT, now)
                .execute();
        writeTexts(id, draft);
    }

    /** False when there is no such article. */
    boolean update(UUID id, ArticleDraft draft, Instant now) {
        int rows = db.update(SUPPORT_ARTICLE)
                .set(SUPPORT_ARTICLE.SLUG, draft.slug())
                .set(CATEGORY, draft.category())
                .set(SUPPORT_ARTICLE.UPDATED_AT, now)
                .where(SUPPORT_ARTICLE.ID.eq(id))
                .execute();
        if (rows == 0) {
            return false;
        }
        db.deleteFrom(SUPPORT_ARTICLE_TEXT)
                .where(SUPPORT_ARTICLE_TEXT.ARTICLE_ID.eq(id))
                .execute();
        writeTexts(id, draft);
        return true;
    }

    private void writeTexts(UUID id, ArticleDraft draft) {
        db.insertInto(SUPPORT_ARTICLE_TEXT)
                .set(SUPPORT_ARTICLE_TEXT.ARTICLE_ID, id)
                .set(SUPPORT_ARTICLE_TEXT.LANG, ArticleLanguage.ZH.code())
                .set(SUPPORT_ARTICLE_TEXT.TITLE, draft.titleZh())
                .set(SUPPORT_ARTICLE_TEXT.BODY, draft.bodyZh())
                .execute();
        if (draft.titleEn() != null && !draft.titleEn().isBlank()) {
            db.insertInto(SUPPORT_ARTICLE_TEXT)
                    .set(SUPPORT_ARTICLE_TEXT.ARTICLE_ID, id)
                    .set(SUPPORT_ARTICLE_TEXT.LANG, ArticleLanguage.EN.code())
                    .set(SUPPORT_ARTICLE_TEXT.TITLE, draft.titleEn())
                    .set(SUPPORT_ARTICLE_TEXT.BODY, draft.bodyEn())
                    .execute();
        }
    }

    boolean setStatus(UUID id, ArticleStatus status, Instant now) {
        return db.update(SUPPORT_ARTICLE)
                        .set(STATUS, status)
                        .set(SUPPORT_ARTICLE.UPDATED_AT, now)
                        .where(SUPPORT_ARTICLE.ID.eq(id))
                        .execute()
                == 1;
    }

    boolean slugTaken(String slug, UUID except) {
        Condition same = SUPPORT_ARTICLE.SLUG.eq(slug);
        return db.fetchExists(SUPPORT_ARTICLE, except == null ? same : same.and(SUPPORT_ARTICLE.ID.ne(except)));
    }

    Optional<SupportArticleRecord> find(UUID id) {
        return db.selectFrom(SUPPORT_ARTICLE).where(SUPPORT_ARTICLE.ID.eq(id)).fetchOptional();
    }

    Optional<SupportArticleRecord> findPublished(String slug) {
        return db.selectFrom(SUPPORT_ARTICLE)
                .where(SUPPORT_ARTICLE.SLUG.eq(slug))
                .and(STATUS.eq(ArticleStatus.PUBLISHED))
                .fetchOptional();
    }

    Map<String, SupportArticleTextRecord> texts(UUID articleId) {
        return db.selectFrom(SUPPORT_ARTICLE_TEXT)
                .where(SUPPORT_ARTICLE_TEXT.ARTICLE_ID.eq(articleId))
                .fetchMap(SUPPORT_ARTICLE_TEXT.LANG);
    }

    /** Articles of one page, newest change first, each titled in {@code language} (or Chinese). */
    List<ArticleSummary> page(Condition where, ArticleLanguage language, int offset, int limit) {
        return summaries(where, language, SUPPORT_ARTICLE.UPDATED_AT.desc(), offset, limit);
    }

    static Condition titleContains(String text) {
        return DSL.exists(DSL.selectOne()
                .from(SUPPORT_ARTICLE_TEXT)
                .where(SUPPORT_ARTICLE_TEXT.ARTICLE_ID.eq(SUPPORT_ARTICLE.ID))
                .and(SUPPORT_ARTICLE_TEXT.TITLE.containsIgnoreCase(text)));
    }

    int count(Condition where) {
        return db.fetchCount(SUPPORT_ARTICLE, where);
    }

    List<ArticleSummary> mostViewed(Condition where, ArticleLanguage language, int limit) {
        return summaries(where, language, SUPPORT_ARTICLE.VIEW_COUNT.desc(), 0, limit);
    }

    List<ArticleSummary> bySlugs(Collection<String> slugs, ArticleLanguage language) {
        Map<String, ArticleSummary> found = summaries(
                        SUPPORT_ARTICLE.SLUG.in(slugs).and(STATUS.eq(ArticleStatus.PUBLISHED)),
                        language,
                        SUPPORT_ARTICLE.SLUG.asc(),
                        0,
                        slugs.size())
                .stream()
                .collect(Collectors.toMap(ArticleSummary::slug, s -> s));
        return slugs.stream().map(found::get).filter(s -> s != null).toList();
    }

    private List<ArticleSummary> summaries(
            Condition where, ArticleLanguage language, org.jooq.SortField<?> order, int offset, int limit) {
        var zh = SUPPORT_ARTICLE_TEXT.as("zh");
        var own = SUPPORT_ARTICLE_TEXT.as("own");
        return db.select(
                        SUPPORT_ARTICLE.ID,
                        SUPPORT_ARTICLE.SLUG,
                        CATEGORY,
                        DSL.coalesce(own.TITLE, zh.TITLE),
                        STATUS,
                        SUPPORT_ARTICLE.UPDATED_AT,
                        SUPPORT_ARTICLE.VIEW_COUNT,
                        SUPPORT_ARTICLE.HELPFUL_COUNT,
                        SUPPORT_ARTICLE.NOT_HELPFUL_COUNT)
                .from(SUPPORT_ARTICLE)
                .join(zh)
                .on(zh.ARTICLE_ID.eq(SUPPORT_ARTICLE.ID).and(zh.LANG.eq(ArticleLanguage.ZH.code())))
                .leftJoin(own)
                .on(own.ARTICLE_ID.eq(SUPPORT_ARTICLE.ID).and(own.LANG.eq(language.code())))
                .where(where)
                .orderBy(order, SUPPORT_ARTICLE.ID)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new ArticleSummary(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        r.value8(),
                        r.value9()));
    }

    /** Every published article with all its texts, for the search index. */
    List<IndexedArticle> publishedForIndex() {
        Map<UUID, List<SupportArticleTextRecord>> texts = db
                .select(SUPPORT_ARTICLE_TEXT.fields())
                .from(SUPPORT_ARTICLE_TEXT)
                .join(SUPPORT_ARTICLE)
                .on(SUPPORT_ARTICLE.ID.eq(SUPPORT_ARTICLE_TEXT.ARTICLE_ID))
                .where(STATUS.eq(ArticleStatus.PUBLISHED))
                .fetchInto(SUPPORT_ARTICLE_TEXT)
                .stream()
                .collect(Collectors.groupingBy(SupportArticleTextRecord::getArticleId));
        return db.select(SUPPORT_ARTICLE.ID, SUPPORT_ARTICLE.SLUG, CATEGORY)
                .from(SUPPORT_ARTICLE)
                .where(STATUS.eq(ArticleStatus.PUBLISHED))
                .fetch(r -> new IndexedArticle(
                        r.value2(),
                        r.value3(),
                        texts.getOrDefault(r.value1(), List.of()).stream()
                                .map(SupportArticleTextRecord::getTitle)
                                .toList(),
                        texts.getOrDefault(r.value1(), List.of()).stream()
                                .map(SupportArticleTextRecord::getBody)
                                .toList()));
    }

    /** Changes when any article is added, edited, published or unpublished: other nodes rebuild their index. */
    String stamp() {
        var row = db.select(DSL.count(), DSL.max(SUPPORT_ARTICLE.UPDATED_AT))
                .from(SUPPORT_ARTICLE)
                .fetchOne();
        return row.value1() + "@" + row.value2();
    }

    void countView(UUID id) {
        db.update(SUPPORT_ARTICLE)
                .set(SUPPORT_ARTICLE.VIEW_COUNT, SUPPORT_ARTICLE.VIEW_COUNT.plus(1))
                .where(SUPPORT_ARTICLE.ID.eq(id))
                .execute();
    }

    /** The vote row's primary key refuses a second vote by the same voter (DuplicateKeyException). */
    void vote(UUID articleId, String voter, boolean helpful, Instant now) {
        db.insertInto(SUPPORT_ARTICLE_VOTE)
                .set(SUPPORT_ARTICLE_VOTE.ARTICLE_ID, articleId)
                .set(SUPPORT_ARTICLE_VOTE.VOTER, voter)
                .set(SUPPORT_ARTICLE_VOTE.HELPFUL, helpful)
                .set(SUPPORT_ARTICLE_VOTE.VOTED_AT, now)
                .execute();
        var counter = helpful ? SUPPORT_ARTICLE.HELPFUL_COUNT : SUPPORT_ARTICLE.NOT_HELPFUL_COUNT;
        db.update(SUPPORT_ARTICLE)
                .set(counter, counter.plus(1))
                .where(SUPPORT_ARTICLE.ID.eq(articleId))
                .execute();
    }

    Optional<Boolean> voteOf(UUID articleId, String voter) {
        return db.select(SUPPORT_ARTICLE_VOTE.HELPFUL)
                .from(SUPPORT_ARTICLE_VOTE)
                .where(SUPPORT_ARTICLE_VOTE.ARTICLE_ID.eq(articleId))
                .and(SUPPORT_ARTICLE_VOTE.VOTER.eq(voter))
                .fetchOptional(SUPPORT_ARTICLE_VOTE.HELPFUL);
    }

    /** What the search index needs of an article: its address, category, and all titles and bodies. */
    record IndexedArticle(String slug, ArticleCategory category, List<String> titles, List<String> bodies) {}
}
