package com.ks.platform.privacy;

import static com.ks.jooq.Tables.PRIVACY_REQUEST;

import com.ks.jooq.tables.records.PrivacyRequestRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class RequestRepository {

    static final String OPEN = "OPEN";
    static final String RESOLVED = "RESOLVED";
    /** What an erased person's request text becomes: the row stays as proof the request was handled. */
    static final String ERASED_TEXT = "—";

    private final DSLContext db;

    RequestRepository(DSLContext db) {
        this.db = db;
    }

    void insert(
            UUID id,
            String requestNo,
            UUID accountId,
            PrivacyRequestKind kind,
            String body,
            Instant at,
            LocalDate due) {
        db.insertInto(PRIVACY_REQUEST)
                .set(PRIVACY_REQUEST.ID, id)
                .set(PRIVACY_REQUEST.REQUEST_NO, requestNo)
                .set(PRIVACY_REQUEST.ACCOUNT_ID, accountId)
                .set(PRIVACY_REQUEST.KIND, kind)
                .set(PRIVACY_REQUEST.BODY, body)
                .set(PRIVACY_REQUEST.STATUS, OPEN)
                .set(PRIVACY_REQUEST.RECEIVED_AT, at)
                .set(PRIVACY_REQUEST.DUE_ON, due)
                .execute();
    }

    Optional<PrivacyRequestSummary> find(UUID id) {
        return db.selectFrom(PRIVACY_REQUEST)
                .where(PRIVACY_REQUEST.ID.eq(id))
                .fetchOptional(RequestRepository::toSummary);
    }

    List<PrivacyRequestSummary> ofAccount(UUID accountId) {
        return db.selectFrom(PRIVACY_REQUEST)
                .where(PRIVACY_REQUEST.ACCOUNT_ID.eq(accountId))
                .orderBy(PRIVACY_REQUEST.RECEIVED_AT.desc())
                .limit(100)
                .fetch(RequestRepository::toSummary);
    }

    List<Map<String, Object>> exportOf(UUID accountId) {
        return db.select(
                        PRIVACY_REQUEST.REQUEST_NO,
                        PRIVACY_REQUEST.KIND,
                        PRIVACY_REQUEST.BODY,
                        PRIVACY_REQUEST.STATUS,
                        PRIVACY_REQUEST.RECEIVED_AT,
                        PRIVACY_REQUEST.DUE_ON,
                        PRIVACY_REQUEST.REPLY,
                        PRIVACY_REQUEST.RESOLVED_AT)
                .from(PRIVACY_REQUEST)
                .where(PRIVACY_REQUEST.ACCOUNT_ID.eq(accountId))
                .orderBy(PRIVACY_REQUEST.RECEIVED_AT)
                .fetchMaps();
    }

    /** The officers' queue: open ones first by deadline, then the answered ones, newest first. */
    List<PrivacyRequestSummary> queue(boolean openOnly, int offset, int limit) {
        return db.selectFrom(PRIVACY_REQUEST)
                .where(filter(openOnly))
                .orderBy(
                        DSL.when(PRIVACY_REQUEST.STATUS.eq(OPEN), 0).otherwise(1),
                        PRIVACY_REQUEST.DUE_ON,
                        PRIVACY_REQUEST.RECEIVED_AT.desc(),
                        PRIVACY_REQUEST.ID)
                .offset(offset)
                .limit(limit)
                .fetch(RequestRepository::toSummary);
    }

    int count(boolean openOnly) {
        return db.fetchCount(PRIVACY_REQUEST, filter(openOnly));
    }

    /** Open requests whose answer was due before the given day. */
    int countOverdue(java.time.LocalDate today) {
        return db.fetchCount(PRIVACY_REQUEST, PRIVACY_REQUEST.STATUS.eq(OPEN).and(PRIVACY_REQUEST.DUE_ON.lt(today)));
    }

    List<Instant> receivedSince(Instant since) {
        return db.select(PRIVACY_REQUEST.RECEIVED_AT)
                .from(PRIVACY_REQUEST)
                .where(PRIVACY_REQUEST.RECEIVED_AT.ge(since))
                .fetch(PRIVACY_REQUEST.RECEIVED_AT);
    }

    boolean resolve(UUID id, String reply, UUID officer, Instant at) {
        return db.update(PRIVACY_REQUEST)
                        .set(PRIVACY_REQUEST.STATUS, RESOLVED)
                        .set(PRIVACY_REQUEST.REPLY, reply)
                        .set(PRIVACY_REQUEST.RESOLVED_BY, officer)
                        .set(PRIVACY_REQUEST.RESOLVED_AT, at)
                        .where(PRIVACY_REQUEST.ID.eq(id))
                        .and(PRIVACY_REQUEST.STATUS.eq(OPEN))
                        .execute()
                == 1;
    }

    void eraseTextsOf(UUID accountId) {
        db.update(PRIVACY_REQUEST)
                .set(PRIVACY_REQUEST.BODY, ERASED_TEXT)
                .set(
                        PRIVACY_REQUEST.REPLY,
                        DSL.when(PRIVACY_REQUEST.REPLY.isNull(), DSL.inline((String) null))
                                .otherwise(DSL.inline(ERASED_TEXT)))
                .where(PRIVACY_REQUEST.ACCOUNT_ID.eq(accountId))
                .execute();
    }

    private static Condition filter(boolean openOnly) {
        return openOnly ? PRIVACY_REQUEST.STATUS.eq(OPEN) : DSL.noCondition();
    }

    private static PrivacyRequestSummary toSummary(PrivacyRequestRecord r) {
        return new PrivacyRequestSummary(
                r.getId(),
                r.getRequestNo(),
                r.getAccountId(),
                r.getKind(),
                r.getBody(),
                RESOLVED.equals(r.getStatus()),
                r.getReceivedAt(),
                r.getDueOn(),
                r.getReply(),
                r.getResolvedAt());
    }
}
