package com.ks.platform.shared;

import java.util.List;

/** The one audit trail every state machine writes to; entries are append-only. */
public interface AuditTrail {

    /** Records an action by the current actor (or "system" when no one is signed in), in the caller's transaction. */
    void record(String action, String objectType, String objectId, String reason, String details);

    default void record(String action, String objectType, String objectId, String reason) {
        record(action, objectType, objectId, reason, null);
    }

    /** The history of one object, oldest first. */
    List<AuditEntry> historyOf(String objectType, String objectId);

    int count(AuditQuery query);

    /** Newest first, one page (at most 500) at a time. */
    List<AuditEntry> search(AuditQuery query, int offset, int limit);
}
