package com.ks.platform.privacy;

import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases accounts whose grace period is over: one node at a time (ShedLock), one transaction per account, so one
 * failing erasure leaves that account whole and pending for the next run while the others go on.
 */
@Component
class ClosureEraser {

    private static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(ClosureEraser.class);

    private final AccountClosures closures;
    private final TransactionTemplate transactions;

    ClosureEraser(AccountClosures closures, PlatformTransactionManager transactionManager) {
        this.closures = closures;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(
            fixedDelayString = "${ks.privacy.erasure-check-interval:PT1H}",
            initialDelayString = "${ks.privacy.erasure-check-interval:PT1H}")
    @SchedulerLock(name = "privacy-erasure", lockAtMostFor = "PT30M")
    void run() {
        int erased = eraseDue();
        if (erased > 0) {
            log.info("Account erasure: {} closed account(s) erased", erased);
        }
    }

    int eraseDue() {
        int erased = 0;
        for (UUID accountId : closures.due(BATCH)) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(status -> closures.erase(accountId)))) {
                    erased++;
                }
            } catch (RuntimeException e) {
                // the id only: the account's data is exactly what must not reach the log
                log.error("Erasing account {} failed; it stays pending for the next run", accountId, e);
            }
        }
        return erased;
    }
}
