package com.ks.platform.engagement;

import static com.ks.jooq.Tables.ENGAGEMENT_EVENT;
import static com.ks.jooq.Tables.ENGAGEMENT_FEEDBACK;

import com.ks.platform.shared.BehaviourEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class BehaviourEventRepository {

    private final DSLContext db;

    BehaviourEventRepository(DSLContext db) {
        this.db = db;
    }

    void insert(UUID id, Instant at, BehaviourEvent e, UUID accountIdOrNull) {
        db.insertInto(ENGAGEMENT_EVENT)
                .set(ENGAGEMENT_EVENT.ID, id)
                .set(ENGAGEMENT_EVENT.OCCURRED_AT, at)
                .set(ENGAGEMENT_EVENT.EVENT_TYPE, e.type().name())
                .set(ENGAGEMENT_EVENT.ACCOUNT_ID, accountIdOrNull)
                .set(ENGAGEMENT_EVENT.PRODUCT_ID, e.productId())
                .set(ENGAGEMENT_EVENT.PAGE_ROUTE, e.pageRoute())
                .set(ENGAGEMENT_EVENT.DWELL_MS, e.dwellMs())
                .set(ENGAGEMENT_EVENT.SEARCH_QUERY, e.searchQuery())
                .set(ENGAGEMENT_EVENT.RESULT_COUNT, e.resultCount())
                .set(ENGAGEMENT_EVENT.QUANTITY, e.quantity())
                .set(
                        ENGAGEMENT_EVENT.FEEDBACK,
                        e.feedback() == null ? null : e.feedback().name())
                .execute();
    }

    /** Events of one account, newest first (for tests, and later for the shopper's data export). */
    List<StoredEvent> ofAccount(UUID accountId, int limit) {
        return db.selectFrom(ENGAGEMENT_EVENT)
                .where(ENGAGEMENT_EVENT.ACCOUNT_ID.eq(accountId))
                .orderBy(ENGAGEMENT_EVENT.OCCURRED_AT.desc(), ENGAGEMENT_EVENT.ID.desc())
                .limit(limit)
                .fetch(r -> new StoredEvent(
                        r.getId(), r.getEventType(), r.getAccountId(), r.getProductId(), r.getSearchQuery()));
    }

    /** Events about one product, newest first, whoever (or no one) they are tied to. */
    /** The account's latest distinct search texts, newest first. */
    List<String> recentSearches(UUID accountId, int limit) {
        var latest = DSL.max(ENGAGEMENT_EVENT.OCCURRED_AT).as("latest");
        return db.select(ENGAGEMENT_EVENT.SEARCH_QUERY, latest)
                .from(ENGAGEMENT_EVENT)
                .where(ENGAGEMENT_EVENT.ACCOUNT_ID.eq(accountId))
                .and(ENGAGEMENT_EVENT.EVENT_TYPE.eq(BehaviourEvent.Type.SEARCH.name()))
                .and(ENGAGEMENT_EVENT.SEARCH_QUERY.isNotNull())
                .groupBy(ENGAGEMENT_EVENT.SEARCH_QUERY)
                .orderBy(latest.desc())
                .limit(limit)
                .fetch(r -> r.value1());
    }

    List<StoredEvent> ofProduct(UUID productId, int limit) {
        return db.selectFrom(ENGAGEMENT_EVENT)
                .where(ENGAGEMENT_EVENT.PRODUCT_ID.eq(productId))
                .orderBy(ENGAGEMENT_EVENT.OCCURRED_AT.desc(), ENGAGEMENT_EVENT.ID.desc())
                .limit(limit)
                .fetch(r -> new StoredEvent(
                        r.getId(), r.getEventType(), r.getAccountId(), r.getProductId(), r.getSearchQuery()));
    }

    void upsertFeedback(UUID accountId, UUID productId, String categoryCode, BehaviourEvent.Feedback f, Instant at) {
        int updated = db.update(ENGAGEMENT_FEEDBACK)
                .set(ENGAGEMENT_FEEDBACK.FEEDBACK, f.name())
                .set(ENGAGEMENT_FEEDBACK.CATEGORY_CODE, categoryCode)
                .set(ENGAGEMENT_FEEDBACK.RECORDED_AT, at)
                .where(ENGAGEMENT_FEEDBACK.ACCOUNT_ID.eq(accountId))
                .and(ENGAGEMENT_FEEDBACK.PRODUCT_ID.eq(productId))
                .execute();
        if (updated == 0) {
            db.insertInto(ENGAGEMENT_FEEDBACK)
                    .set(ENGAGEMENT_FEEDBACK.ACCOUNT_ID, accountId)
                    .set(ENGAGEMENT_FEEDBACK.PRODUCT_ID, productId)
                    .set(ENGAGEMENT_FEEDBACK.CATEGORY_CODE, categoryCode)
                    .set(ENGAGEMENT_FEEDBACK.FEEDBACK, f.name())
                    .set(ENGAGEMENT_FEEDBACK.RECORDED_AT, at)
                    .execute();
        }
    }

    Set<UUID> productsWith(UUID accountId, BehaviourEvent.Feedback f) {
        return db.select(ENGAGEMENT_FEEDBACK.PRODUCT_ID)
                .from(ENGAGEMENT_FEEDBACK)
                .where(ENGAGEMENT_FEEDBACK.ACCOUNT_ID.eq(accountId))
                .and(ENGAGEMENT_FEEDBACK.FEEDBACK.eq(f.name()))
                .fetchSet(r -> r.value1());
    }

    Map<String, Integer> countByCategory(UUID accountId, BehaviourEvent.Feedback f) {
        return db
                .select(ENGAGEMENT_FEEDBACK.CATEGORY_CODE, DSL.count())
                .from(ENGAGEMENT_FEEDBACK)
                .where(ENGAGEMENT_FEEDBACK.ACCOUNT_ID.eq(accountId))
                .and(ENGAGEMENT_FEEDBACK.FEEDBACK.eq(f.name()))
                .groupBy(ENGAGEMENT_FEEDBACK.CATEGORY_CODE)
                .fetch()
                .stream()
                .collect(Collectors.toMap(r -> r.value1(), r -> r.value2()));
    }

    /** Products clicked from the results of exactly this search text, most clicked first. */
    Map<UUID, Integer> clicksAfterSearch(String query, int limit) {
        var clicks = DSL.count().as("clicks");
        return db.select(ENGAGEMENT_EVENT.PRODUCT_ID, clicks)
                .from(ENGAGEMENT_EVENT)
                .where(ENGAGEMENT_EVENT.EVENT_TYPE.eq(BehaviourEvent.Type.PRODUCT_CLICK.name()))
                .and(ENGAGEMENT_EVENT.SEARCH_QUERY.eq(query))
                .and(ENGAGEMENT_EVENT.PRODUCT_ID.isNotNull())
                .groupBy(ENGAGEMENT_EVENT.PRODUCT_ID)
                .orderBy(clicks.desc())
                .limit(limit)
                .fetchMap(ENGAGEMENT_EVENT.PRODUCT_ID, clicks);
    }

    /**
     * Search texts since a moment, most searched first: how often, and when last. {@code zeroResultsOnly}: only
     * searches that found nothing. Served by {@code engagement_event_search_idx} (type, time, text, count).
     */
    List<SearchInsights.QueryCount> searchCounts(Instant since, boolean zeroResultsOnly, int limit) {
        var searches = DSL.count().as("searches");
        var last = DSL.max(ENGAGEMENT_EVENT.OCCURRED_AT).as("last_at");
        var condition = ENGAGEMENT_EVENT
                .EVENT_TYPE
                .eq(BehaviourEvent.Type.SEARCH.name())
                .and(ENGAGEMENT_EVENT.OCCURRED_AT.ge(since))
                .and(ENGAGEMENT_EVENT.SEARCH_QUERY.isNotNull());
        if (zeroResultsOnly) {
            condition = condition.and(ENGAGEMENT_EVENT.RESULT_COUNT.eq(0));
        }
        return db.select(ENGAGEMENT_EVENT.SEARCH_QUERY, searches, last)
                .from(ENGAGEMENT_EVENT)
                .where(condition)
                .groupBy(ENGAGEMENT_EVENT.SEARCH_QUERY)
                .orderBy(searches.desc(), last.desc())
                .limit(limit)
                .fetch(r -> new SearchInsights.QueryCount(r.value1(), r.value2(), r.value3()));
    }

    record StoredEvent(UUID id, String type, UUID accountId, UUID productId, String searchQuery) {}
}
