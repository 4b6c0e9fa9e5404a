package com.ks.platform.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.TestMerchants;
import com.ks.platform.notification.Notice;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.BusinessTime;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class QualificationMonitorTest extends KsIntegrationTest {

    @Autowired
    QualificationMonitor monitor;

    @Autowired
    MerchantDocumentService documents;

    @Autowired
    MerchantReviewService review;

    @Autowired
    MerchantQueries queries;

    @Autowired
    MerchantRepository merchants;

    @Autowired
    NotificationService notifications;

    @Autowired
    AuditTrail audit;

    @Autowired
    ApplicationContext context;

    private final LocalDate today = LocalDate.now(BusinessTime.ZONE);

    @Test
    void e_commerce_law_art_27_a_trading_merchant_whose_permit_expired_goes_to_reverification_and_into_the_queue() {
        UUID merchantId = tradingFoodMerchantWithPermitUntil(today.plusDays(1));

        monitor.check(today.plusDays(1));
        assertThat(status(merchantId)).as("valid through its last day").isEqualTo(MerchantStatus.ACTIVE);

        monitor.check(today.plusDays(2));
        assertThat(status(merchantId)).isEqualTo(MerchantStatus.REVERIFICATION_DUE);
        assertThat(audit.historyOf("merchant", merchantId.toString()).getLast().action())
                .isEqualTo("merchant.reverification_due");
        actAs("compliance@ks.demo");
        assertThat(queries.reviewQueue(
                        new ReviewQueueFilter(
                                java.util.Set.of(MerchantStatus.REVERIFICATION_DUE), BusinessCategory.FOOD, null),
                        0,
                        200))
                .extracting(MerchantSummary::id)
                .contains(merchantId);

        monitor.check(today.plusDays(3));
        assertThat(status(merchantId)).as("moved once").isEqualTo(MerchantStatus.REVERIFICATION_DUE);
    }

    @Test
    void owners_are_warned_30_and_7_days_before_a_document_expires_once_per_threshold() {
        UUID merchantId = tradingFoodMerchantWithPermitUntil(today.plusDays(3));
        String owner = ownerEmail;

        monitor.check(today.minusDays(27)); // 30 days before
        monitor.check(today.minusDays(26));
        monitor.check(today.minusDays(4)); // 7 days before
        monitor.check(today.minusDays(3));

        actAs(owner);
        List<Notice> notices = notifications.myNotices(0, 20);
        assertThat(notices)
                .filteredOn(n -> n.messageKey().equals("notice.documentExpiring"))
                .extracting(n -> n.params().get(2))
                .containsExactlyInAnyOrder("30", "7");
        assertThat(status(merchantId)).isEqualTo(MerchantStatus.ACTIVE);
    }

    private String ownerEmail;

    private UUID tradingFoodMerchantWithPermitUntil(LocalDate lastDay) {
        var testMerchants = new TestMerchants(context, this::actAs);
        var merchant = testMerchants.signUp(BusinessCategory.FOOD);
        ownerEmail = merchant.email();
        actAs(merchant.email());
        documents.upload(new DocumentUpload(
                DocumentKind.BUSINESS_LICENCE, "l.png", TestMerchants.png(), null, TestMerchants.COMPANY));
        documents.upload(new DocumentUpload(DocumentKind.CATEGORY_PERMIT, "p.pdf", TestMerchants.pdf(), lastDay, null));
        documents.submitForReview();
        var seen = testMerchants.shownTo("compliance@ks.demo", merchant.id());
        review.claim(merchant.id());
        review.approve(merchant.id(), null, seen);
        return merchant.id();
    }

    private MerchantStatus status(UUID merchantId) {
        return merchants.findById(merchantId).orElseThrow().status();
    }
}
