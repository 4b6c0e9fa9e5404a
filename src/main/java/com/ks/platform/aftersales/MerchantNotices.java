package com.ks.platform.aftersales;

import com.ks.jooq.tables.records.AftersalesCaseRecord;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.notification.NoticeLink;
import com.ks.platform.notification.NotificationService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Tells a case's merchant (its owner's inbox) about the case, linking to the case in the merchant portal. */
@Component
class MerchantNotices {

    private final MerchantQueries merchants;
    private final NotificationService notifications;

    MerchantNotices(MerchantQueries merchants, NotificationService notifications) {
        this.merchants = merchants;
        this.notifications = notifications;
    }

    /** Sends {@code messageKey} with the case number and {@code second} (the item's title, or the order number). */
    @Transactional(propagation = Propagation.MANDATORY)
    void tell(AftersalesCaseRecord record, String messageKey, String second) {
        merchants
                .ownerAccountOf(record.getMerchantId())
                .ifPresent(owner -> notifications.send(
                        owner,
                        new NoticeLink(AfterSalesRoutes.merchantCase(record.getId())),
                        messageKey,
                        record.getCaseNo(),
                        second));
    }
}
