package com.ks.platform.credit;

import com.ks.platform.notification.NoticeLink;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.BusinessTime;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly bill cycle, daily (Asia/Shanghai), one node at a time (ShedLock), one transaction per bill: periods whose
 * statement day has come are closed into the account's bill of that day; a reminder goes out a few days before the due
 * day; a bill still unpaid after its due day becomes overdue, the line is frozen and the shopper told (in-site notice).
 * Everything is conditional or deduplicated, so a re-run or a repayment at the same moment does no harm.
 */
@Component
class CreditBilling {

    private static final int BATCH = 200;
    /** The shopper's credit page, where bills are listed and repaid. */
    private static final NoticeLink BILLS = new NoticeLink("account/credit");

    private static final Logger log = LoggerFactory.getLogger(CreditBilling.class);

    private final CreditRepository credit;
    private final CreditSettings settings;
    private final NotificationService notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CreditBilling(
            CreditRepository credit,
            CreditSettings settings,
            NotificationService notifications,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.credit = credit;
        this.settings = settings;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(cron = "${ks.credit.billing-cron:0 15 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "credit-billing", lockAtMostFor = "PT30M")
    void run() {
        runOn(LocalDate.now(clock.withZone(BusinessTime.ZONE)), null);
    }

    /**
     * The day's work as of {@code today}, for every account or only one (tests move one shopper's calendar without
     * touching anyone else's bills). @return bills closed, reminders sent, bills that became overdue
     */
    int[] runOn(LocalDate today, UUID onlyAccount) {
        int closed = 0;
        for (var statement : credit.unbilledStatements(today, onlyAccount, BATCH)) {
            UUID account = statement.value1();
            LocalDate day = statement.value2();
            try {
                transactions.executeWithoutResult(
                        tx -> credit.closeBill(account, day, day.withDayOfMonth(settings.dueDay())));
                closed++;
            } catch (DuplicateKeyException alreadyClosed) {
                // a bill of that day exists: its periods were all billed by the node that made it
            }
        }
        int reminded = 0;
        for (var bill : credit.openBillsDueBy(today.plusDays(settings.remindDaysBefore()), onlyAccount, BATCH)) {
            if (!bill.getDueDate().isBefore(today)) {
                Boolean sent = transactions.execute(tx -> notifications.sendOnce(
                        bill.getAccountId(),
                        "credit-remind:" + bill.getId(),
                        BILLS,
                        "notice.credit.reminder",
                        yuan(bill.getAmountFen() - bill.getPaidFen()),
                        bill.getDueDate().toString(),
                        String.valueOf(ChronoUnit.DAYS.between(today, bill.getDueDate()))));
                reminded += Boolean.TRUE.equals(sent) ? 1 : 0;
            }
        }
        int overdue = 0;
        for (var bill : credit.openBillsDueBy(today.minusDays(1), onlyAccount, BATCH)) {
            Boolean marked = transactions.execute(tx -> {
                if (!credit.markOverdue(bill.getId())) {
                    return false;
                }
                credit.setFrozen(bill.getAccountId(), true);
                notifications.sendOnce(
                        bill.getAccountId(),
                        "credit-overdue:" + bill.getId(),
                        BILLS,
                        "notice.credit.overdue",
                        yuan(bill.getAmountFen() - bill.getPaidFen()),
                        bill.getDueDate().toString());
                return true;
            });
            overdue += Boolean.TRUE.equals(marked) ? 1 : 0;
        }
        if (closed + reminded + overdue > 0) {
            log.info(
                    "Credit billing {}: {} bill(s) closed, {} reminder(s), {} overdue",
                    today,
                    closed,
                    reminded,
                    overdue);
        }
        return new int[] {closed, reminded, overdue};
    }

    private static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
