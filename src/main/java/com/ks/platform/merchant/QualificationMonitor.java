package com.ks.platform.merchant;

import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.BusinessTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily watch over trading merchants' qualification documents (E-Commerce Law art. 27: the platform verifies and
 * keeps its merchants' qualifications up to date). A merchant whose document has expired goes to re-verification;
 * owners are warned 30 and 7 days before, once per threshold. Runs on one node at a time (ShedLock); no person acts,
 * so it is not a service door: tests call {@link #check(LocalDate)} with an explicit day.
 */
@Component
class QualificationMonitor {

    static final int FIRST_WARNING_DAYS = 30;
    static final int LAST_WARNING_DAYS = 7;
    private static final Set<MerchantStatus> WATCHED = EnumSet.of(MerchantStatus.ACTIVE, MerchantStatus.WARNED);
    private static final Logger log = LoggerFactory.getLogger(QualificationMonitor.class);

    private final DocumentRepository documents;
    private final MerchantRepository merchants;
    private final NotificationService notifications;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    QualificationMonitor(
            DocumentRepository documents,
            MerchantRepository merchants,
            NotificationService notifications,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.documents = documents;
        this.merchants = merchants;
        this.notifications = notifications;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${ks.merchant.expiry-check-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "merchant-qualification-expiry", lockAtMostFor = "PT30M")
    void daily() {
        Result result = check(LocalDate.now(clock.withZone(BusinessTime.ZONE)));
        log.info(
                "Qualification expiry check: {} merchant(s) due for re-verification, {} warning(s)",
                result.moved(),
                result.warnings());
    }

    /** One transaction per merchant, so one merchant's trouble does not undo the others'. */
    Result check(LocalDate today) {
        Map<UUID, List<DocumentRepository.ExpiringDocument>> byMerchant = new LinkedHashMap<>();
        for (var document : documents.latestExpiringBy(WATCHED, today.plusDays(FIRST_WARNING_DAYS))) {
            byMerchant
                    .computeIfAbsent(document.merchantId(), id -> new ArrayList<>())
                    .add(document);
        }
        int moved = 0;
        int warnings = 0;
        for (var merchantDocuments : byMerchant.values()) {
            Result one = transactions.execute(tx -> checkMerchant(merchantDocuments, today));
            moved += one.moved();
            warnings += one.warnings();
        }
        return new Result(moved, warnings);
    }

    private Result checkMerchant(List<DocumentRepository.ExpiringDocument> expiring, LocalDate today) {
        var first = expiring.getFirst();
        List<DocumentRepository.ExpiringDocument> expired =
                expiring.stream().filter(d -> d.expiresOn().isBefore(today)).toList();
        if (!expired.isEmpty()) {
            if (!merchants.transition(
                    first.merchantId(), first.status(), MerchantStatus.REVERIFICATION_DUE, clock.instant())) {
                return new Result(0, 0);
            }
            String kinds =
                    String.join(",", expired.stream().map(d -> d.kind().name()).toList());
            audit.record(
                    "merchant.reverification_due",
                    "merchant",
                    first.merchantId().toString(),
                    "E-Commerce Law art. 27: qualification expired",
                    first.status() + "->" + MerchantStatus.REVERIFICATION_DUE + " expired=" + kinds);
            notifications.send(
                    first.ownerAccountId(),
                    "notice.reverificationDue",
                    "i18n:document.kind." + expired.getFirst().kind().name(),
                    expired.getFirst().expiresOn().toString());
            return new Result(1, 0);
        }
        int warnings = 0;
        for (var document : expiring) {
            long daysLeft = ChronoUnit.DAYS.between(today, document.expiresOn());
            int threshold = daysLeft <= LAST_WARNING_DAYS ? LAST_WARNING_DAYS : FIRST_WARNING_DAYS;
            boolean sent = notifications.sendOnce(
                    document.ownerAccountId(),
                    "expiry-" + threshold + ":" + document.documentId(),
                    "notice.documentExpiring",
                    "i18n:document.kind." + document.kind().name(),
                    document.expiresOn().toString(),
                    Long.toString(daysLeft));
            warnings += sent ? 1 : 0;
        }
        return new Result(0, warnings);
    }

    record Result(int moved, int warnings) {}
}
