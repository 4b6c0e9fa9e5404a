package com.ks.platform.shared;

import static com.ks.jooq.Tables.SHARED_AUDIT_ENTRY;

import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;
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
                        actor.map(ActorPrincipal::label).orElse("system"))
                .set(SHARED_AUDIT_ENTRY.ACTION, action)
                .set(SHARED_AUDIT_ENTRY.OBJECT_TYPE, objectType)
                .set(SHARED_AUDIT_ENTRY.OBJECT_ID, objectId)
                .set(SHARED_AUDIT_ENTRY.REASON, reason)
                .set(SHARED_AUDIT_ENTRY.DETAILS, details)
                .execute();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(String objectType, String objectId) {
        return db.selectFrom(SHARED_AUDIT_ENTRY)
                .where(SHARED_AUDIT_ENTRY.OBJECT_TYPE.eq(objectType))
                .and(SHARED_AUDIT_ENTRY.OBJECT_ID.eq(objectId))
                .orderBy(SHARED_AUDIT_ENTRY.OCCURRED_AT, SHARED_AUDIT_ENTRY.ID)
                .fetch(r -> new AuditEntry(
                        r.getId(),
                        r.getOccurredAt(),
                        r.getActorId(),
                        r.getActorLabel(),
                        r.getAction(),
                        r.getObjectType(),
                        r.getObjectId(),
                        r.getReason(),
                        r.getDetails()));
    }
}
