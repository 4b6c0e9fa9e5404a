package com.ks.platform.aftersales;

import com.ks.platform.aftersales.CaseLifecycle.By;
import com.ks.platform.merchant.ReturnAddresses;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deadlines that act by themselves, each step on the timeline with its rule: a request the merchant leaves unanswered
 * is approved (MERCHANT_SILENT); a return the shopper does not send back is closed (SHOPPER_DID_NOT_SHIP); a return
 * the merchant does not confirm is refunded (MERCHANT_DID_NOT_CONFIRM); a partial-refund proposal the shopper leaves
 * unanswered lapses as declined (PROPOSAL_LAPSED); a refused or declined case the shopper did not escalate within the
 * window closes (ESCALATION_WINDOW_PASSED). Refunds that failed are retried. One node at a
 * time (ShedLock), one transaction per case, and the case is locked and re-checked, so a person acting at the same
 * moment simply wins or loses.
 */
@Component
class AfterSalesDeadlines {

    private static final int BATCH = 200;
    private static final Duration REFUND_RETRY_AFTER = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(AfterSalesDeadlines.class);

    private final CaseRepository cases;
    private final CaseLifecycle lifecycle;
    private final AfterSalesRefunds refunds;
    private final ReturnAddresses returnAddresses;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AfterSalesDeadlines(
            CaseRepository cases,
            CaseLifecycle lifecycle,
            AfterSalesRefunds refunds,
            ReturnAddresses returnAddresses,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.refunds = refunds;
        this.returnAddresses = returnAddresses;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${ks.aftersales.deadline-check-interval:PT1M}",
            initialDelayString = "${ks.aftersales.deadline-check-interval:PT1M}")
    @SchedulerLock(name = "aftersales-deadlines", lockAtMostFor = "PT10M")
    void run() {
        Instant now = clock.instant();
        int moved = runDue(now);
        int retried = retryRefunds(now.minus(REFUND_RETRY_AFTER));
        if (moved + retried > 0) {
            log.info("After-sales deadlines: {} case(s) moved, {} refund(s) retried", moved, retried);
        }
    }

    /** Every move whose deadline passed by {@code now}; answers how many cases moved. */
    int runDue(Instant now) {
        int moved = sweep(CaseState.REQUESTED, now, CaseState.APPROVED, "MERCHANT_SILENT");
        moved += sweep(CaseState.APPROVED, now, CaseState.CLOSED, "SHOPPER_DID_NOT_SHIP");
        moved += sweep(CaseState.RETURN_SHIPPED, now, CaseState.REFUND_PENDING, "MERCHANT_DID_NOT_CONFIRM");
        moved += sweep(CaseState.RESHIPPED, now, CaseState.COMPLETED, "SHOPPER_DID_NOT_CONFIRM");
        moved += sweep(CaseState.PROPOSED, now, CaseState.DECLINED, "PROPOSAL_LAPSED");
        moved += sweep(CaseState.REFUSED, now, CaseState.CLOSED, "ESCALATION_WINDOW_PASSED");
        moved += sweep(CaseState.DECLINED, now, CaseState.CLOSED, "ESCALATION_WINDOW_PASSED");
        return moved;
    }

    /** Refunds recorded before {@code recordedBefore} that are still pending (the provider failed, or a crash). */
    int retryRefunds(Instant recordedBefore) {
        int done = 0;
        for (UUID caseId : cases.pendingRefunds(recordedBefore, BATCH)) {
            try {
                if (refunds.complete(caseId)) {
                    done++;
                }
            } catch (RuntimeException failed) {
                log.warn("After-sales refund of case {} failed again: {}", caseId, failed.getMessage());
            }
        }
        return done;
    }

    private int sweep(CaseState from, Instant now, CaseState to, String rule) {
        int moved = 0;
        for (UUID caseId : cases.due(from, now, BATCH)) {
            Boolean done = transactions.execute(tx -> cases.lock(caseId)
                    .filter(c -> from.name().equals(c.getState()))
                    .filter(c -> c.getDeadlineAt() != null && !c.getDeadlineAt().isAfter(now))
                    .map(c -> {
                        CaseState target = to;
                        if (from == CaseState.REQUESTED
                                && !CaseType.valueOf(c.getCaseType()).returnsGoods()) {
                            target = CaseState.REFUND_PENDING;
                        }
                        if (target == CaseState.APPROVED && c.getReturnAddress() == null) {
                            returnAddresses
                                    .of(c.getMerchantId())
                                    .or(() -> cases.lastReturnAddress(c.getMerchantId()))
                                    .ifPresent(c::setReturnAddress);
                        }
                        lifecycle.move(c, target, By.system(rule), null, now);
                        return true;
                    })
                    .orElse(false));
            if (Boolean.TRUE.equals(done)) {
                moved++;
            }
        }
        return moved;
    }
}
