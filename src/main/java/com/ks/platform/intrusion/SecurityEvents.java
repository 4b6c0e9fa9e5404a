package com.ks.platform.intrusion;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What admins see of intrusion detection, and the one thing they do: lift a block early, with a reason (audited). */
@Service
public class SecurityEvents {

    static final int REASON_LENGTH = 500;

    private final IntrusionRepository repository;
    private final BlockedSources blocked;
    private final AuditTrail audit;
    private final Clock clock;

    SecurityEvents(IntrusionRepository repository, BlockedSources blocked, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.blocked = blocked;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public int countEvents() {
        return repository.countEvents();
    }

    /** Newest first, one page (at most 200) at a time. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<SecurityEventSummary> events(int offset, int limit) {
        return repository.events(Math.max(0, offset), Math.clamp(limit, 1, 200));
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<BlockedSourceSummary> activeBlocks() {
        return repository.activeBlocks(clock.instant());
    }

    /** Lets a blocked source in again before its time (a customer's office behind one address, a false alarm). */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void unblock(UUID blockId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new RuleViolated("intrusion.unblock.reasonRequired");
        }
        if (why.length() > REASON_LENGTH) {
            throw new RuleViolated("intrusion.unblock.reasonTooLong", REASON_LENGTH);
        }
        var now = clock.instant();
        BlockedSourceSummary block =
                repository.activeBlock(blockId, now).orElseThrow(() -> new RuleViolated("intrusion.unblock.notActive"));
        if (!repository.lift(blockId, CurrentActor.requireAccountId(), now)) {
            throw new RuleViolated("intrusion.unblock.notActive");
        }
        audit.record("intrusion.unblocked", "intrusion_block", blockId.toString(), why, block.source());
        blocked.remove(block.source());
    }
}
