package com.ks.platform.shared;

import static com.ks.jooq.Tables.SHARED_AUDIT_ENTRY;

import com.ks.jooq.tables.records.SharedAuditEntryRecord;
import java.time.Clock;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JooqAuditTrail implements AuditTrail {

    private final DSLContext db;
    private final Clock clock;

    JooqAuditTrail(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String objectType, String objectId, String reason, String details) {
        var actor = CurrentActor.get();
        db.insertInto(SHARED_AUDIT_ENTRY)
                .set(SHARED_AUDIT_ENTRY.ID, Ids.newId(clock))
                .set(SHARED_AUDIT_ENTRY.OCCURRED_AT, clock.instant())
                .set(
                        SHARED_AUDIT_ENTRY.ACTOR_ID,
                        actor.map(ActorPrincipal::accountId).orElse(null))
                .set(
                        SHARED_AUDIT_ENTRY.ACTOR_LABEL,
                        actor.map(JooqAuditTrail::label).orElse("system"))
                .set(SHARED_AUDIT_ENTRY.ACTION, action)
                .set(SHARED_AUDIT_ENTRY.OBJECT_TYPE, objectType)
                .set(SHARED_AUDIT_ENTRY.OBJECT_ID, objectId)
                .set(SHARED_AUDIT_ENTRY.REASON, reason)
                .set(SHARED_AUDIT_ENTRY.DETAILS, details)
                .execute();
    }

    /**
     * Staff and merchants are named; a shopper is recorded by id only. The trail is append-only (Cybersecurity Law
     * art. 21), so a shopper's name written here could never be erased when they close their account (PIPL art. 47).
     */
    private static String label(ActorPrincipal actor) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean shopperOnly = authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .filter(a -> a.startsWith("ROLE_"))
                        .allMatch("ROLE_SHOPPER"::equals);
        return shopperOnly ? "shopper " + actor.accountId() : actor.label();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(String objectType, String objectId) {
        return db.selectFrom(SHARED_AUDIT_ENTRY)
                .where(SHARED_AUDIT_ENTRY.OBJECT_TYPE.eq(objectType))
                .and(SHARED_AUDIT_ENTRY.OBJECT_ID.eq(objectId))
                .orderBy(SHARED_AUDIT_ENTRY.OCCURRED_AT, SHARED_AUDIT_ENTRY.ID)
                .fetch(JooqAuditTrail::toEntry);
    }

    @Override
    @Transactional(readOnly = true)
    public int count(AuditQuery query) {
        return db.fetchCount(SHARED_AUDIT_ENTRY, condition(query));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        return db.selectFrom(SHARED_AUDIT_ENTRY)
                .where(condition(query))
                .orderBy(SHARED_AUDIT_ENTRY.OCCURRED_AT.desc(), SHARED_AUDIT_ENTRY.ID.desc())
                .offset(Math.max(0, offset))
                .limit(Math.min(Math.max(0, limit), 500))
                .fetch(JooqAuditTrail::toEntry);
    }

    private static Condition condition(AuditQuery q) {
        Condition c = DSL.noCondition();
        if (present(q.actor())) {
            c = c.and(
                    SHARED_AUDIT_ENTRY.ACTOR_LABEL.containsIgnoreCase(q.actor().strip()));
        }
        if (present(q.action())) {
            c = c.and(SHARED_AUDIT_ENTRY.ACTION.startsWith(q.action().strip()));
        }
        if (present(q.objectType())) {
            c = c.and(SHARED_AUDIT_ENTRY.OBJECT_TYPE.eq(q.objectType().strip()));
        }
        if (present(q.objectId())) {
            c = c.and(SHARED_AUDIT_ENTRY.OBJECT_ID.eq(q.objectId().strip()));
        }
        if (q.from() != null) {
            c = c.and(SHARED_AUDIT_ENTRY.OCCURRED_AT.ge(q.from()));
        }
        if (q.to() != null) {
            c = c.and(SHARED_AUDIT_ENTRY.OCCURRED_AT.lt(q.to()));
        }
        return c;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static AuditEntry toEntry(SharedAuditEntryRecord r) {
        return new AuditEntry(
                r.getId(),
                r.getOccurredAt(),
                r.getActorId(),
                r.getActorLabel(),
                r.getAction(),
                r.getObjectType(),
                r.getObjectId(),
                r.getReason(),
                r.getDetails());
    }
}
