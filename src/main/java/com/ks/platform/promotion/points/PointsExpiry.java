package com.ks.platform.promotion.points;

import com.ks.platform.shared.BusinessTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Points expire at the end of the year after the one they were earned in (earned in 2025: usable until 2026-12-31,
 * China time). Spending takes the oldest points first, so at the turn of the year what expires is the balance beyond
 * the points granted since the start of the year just ended. The job runs daily and writes one EXPIRED entry per shopper
 * and year (its source key), so a second run, a second node or a crash halfway changes nothing twice.
 */
@Component
class PointsExpiry {

    private static final int PAGE = 200;

    private final PointsLedger ledger;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PointsExpiry(PointsLedger ledger, PlatformTransactionManager transactionManager, Clock clock) {
        this.ledger = ledger;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(cron = "${ks.promotion.points.expiry-cron:0 20 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "points-expiry", lockAtMostFor = "PT30M")
    void scheduledExpiry() {
        expireEarnedIn(BusinessTime.dayOf(clock.instant()).getYear() - 2);
    }

    /** Expires what is left of the points earned in {@code earnedYear} (and before); @return shoppers whose points expired. */
    int expireEarnedIn(int earnedYear) {
        var keepFrom = BusinessTime.startOf(LocalDate.of(earnedYear + 1, 1, 1));
        String key = "expiry:" + earnedYear;
        int expired = 0;
        UUID after = null;
        while (true) {
            List<UUID> holders = ledger.holders(after, PAGE);
            for (UUID account : holders) {
                Boolean done = transactions.execute(tx -> {
                    if (ledger.exists(account, key)) {
                        return false;
                    }
                    long expiring = ledger.balance(account) - ledger.grantedSince(account, keepFrom);
                    return expiring > 0
                            && ledger.append(
                                    account, PointsKind.EXPIRED, -expiring, key, null, String.valueOf(earnedYear));
                });
                if (Boolean.TRUE.equals(done)) {
                    expired++;
                }
            }
            if (holders.size() < PAGE) {
                return expired;
            }
            after = holders.getLast();
        }
    }
}
