package com.ks.platform.compliance;

import com.ks.platform.merchant.MerchantRoutes;
import com.ks.platform.merchant.MerchantSanctions;
import com.ks.platform.notification.NoticeLink;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends penalties whose period is over and undoes their effect: the merchant's state follows what is still in force,
 * delisted products come back. One transaction per violation; on one node at a time (ShedLock). No person acts, so it
 * is not a service door: tests call {@link #endDue(Instant)} with an explicit time.
 */
@Component
class PenaltyExpiry {

    private static final Logger log = LoggerFactory.getLogger(PenaltyExpiry.class);
    private static final int BATCH = 200;

    private final ViolationRepository violations;
    private final PenaltyEffects effects;
    private final MerchantSanctions merchants;
    private final NotificationService notifications;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PenaltyExpiry(
            ViolationRepository violations,
            PenaltyEffects effects,
            MerchantSanctions merchants,
            NotificationService notifications,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.violations = violations;
        this.effects = effects;
        this.merchants = merchants;
        this.notifications = notifications;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${ks.compliance.violations.expiry-cron:0 */5 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "compliance-penalty-expiry", lockAtMostFor = "PT10M")
    void scheduled() {
        int ended = endDue(clock.instant());
        if (ended > 0) {
            log.info("Penalty expiry: {} penalt(ies) ended", ended);
        }
    }

    int endDue(Instant now) {
        int ended = 0;
        for (UUID id : violations.dueToEnd(now, BATCH)) {
            Boolean done = transactions.execute(tx -> endOne(id));
            ended += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return ended;
    }

    private boolean endOne(UUID id) {
        Violation violation = violations.findForUpdate(id, null).orElse(null);
        if (violation == null || violation.state() != ViolationState.IN_FORCE) {
            return false;
        }
        // the state is switched first, so the lift computes what remains in force without this one
        violations.end(id);
        effects.lift(violation);
        audit.record("violation.ended", "violation", id.toString(), "period over", "penalty=" + violation.penalty());
        notifications.send(
                merchants.ownerOf(violation.merchantId()),
                new NoticeLink(MerchantRoutes.VIOLATIONS + "/" + id),
                "notice.violation.ended",
                violation.number(),
                "i18n:violation.penalty." + violation.penalty().name());
        return true;
    }
}
