package com.ks.platform.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.TestMerchants;
import com.ks.platform.aftersales.TestPurchases.Purchase;
import com.ks.platform.notification.Notice;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.ordering.Carrier;
import com.ks.platform.shared.RuleViolated;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A failed inspection: notes required, up to 9 photos checked like the shopper's evidence, the case to the platform,
 * the photos shown to the shopper and the agent, and the merchant told whenever their case is escalated.
 */
class FailedInspectionTest extends AfterSalesTestSupport {

    @Autowired
    NotificationService notifications;

    private UUID received(Purchase purchase) {
        UUID caseId = apply(purchase, CaseReason.QUALITY_PROBLEM, 1);
        run(purchase.shop(), () -> service.approve(caseId, "杭州市 售后部"));
        run(purchase.shopper(), () -> service.shipBack(caseId, Carrier.SF, trackingNo()));
        run(purchase.shop(), () -> service.confirmReceipt(caseId));
        return caseId;
    }

    @Test
    void the_photos_of_a_failed_inspection_go_to_the_platform_with_the_case_and_the_shopper_sees_them() {
        Purchase purchase = delivered(1);
        UUID caseId = received(purchase);
        byte[] photo = TestMerchants.png();

        run(purchase.shop(), () -> service.inspect(caseId, false, "屏幕有人为划痕", List.of(photo, photo)));

        CaseDetails escalated = caseOf(purchase, caseId);
        assertThat(escalated.state()).isEqualTo(CaseState.ESCALATED);
        assertThat(escalated.inspectionPhotos()).hasSize(2);
        assertThat(escalated.evidence())
                .as("the shopper's own evidence stays apart")
                .isEmpty();
        UUID first = escalated.inspectionPhotos().getFirst().id();
        assertThat(as(purchase.shopper(), () -> queries.evidence(first)))
                .hasValueSatisfying(file -> assertThat(file.content()).isEqualTo(photo));
        assertThat(as(
                        PlatformDecisionsTest.AGENT,
                        () -> queries.platformCase(caseId).detail().inspectionPhotos()))
                .hasSize(2);
        assertThat(as(newShopper(), () -> queries.evidence(first))).isEmpty();
        assertThat(noticesOf(purchase.shop()))
                .filteredOn(n -> n.messageKey().equals("notice.aftersales.merchant.ESCALATED"))
                .extracting(Notice::link)
                .containsExactly(AfterSalesRoutes.merchantCase(caseId));
    }

    @Test
    void a_disguised_file_or_a_tenth_photo_is_refused_and_the_case_stays_with_the_merchant() {
        Purchase purchase = delivered(1);
        UUID caseId = received(purchase);
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> run(purchase.shop(), () -> service.inspect(caseId, false, "划痕", List.of(script))))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("evidence", "error.aftersales.fileType"));
        assertThatThrownBy(() -> run(
                        purchase.shop(),
                        () -> service.inspect(caseId, false, "划痕", Collections.nCopies(10, TestMerchants.png()))))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("evidence", "error.aftersales.tooManyFiles"));

        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.RECEIVED);
        assertThat(caseOf(purchase, caseId).inspectionPhotos()).isEmpty();
    }

    @Test
    void the_merchant_is_told_when_the_shopper_asks_the_platform_about_a_refusal() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.NO_REASON, 1);
        run(purchase.shop(), () -> service.refuse(caseId, "商品已拆封使用"));

        run(purchase.shopper(), () -> service.askPlatform(caseId, "商品未拆封"));

        assertThat(noticesOf(purchase.shop()))
                .extracting(Notice::messageKey)
                .contains("notice.aftersales.merchant.ESCALATED");
    }

    private List<Notice> noticesOf(String email) {
        return as(email, () -> notifications.myNotices(0, 50));
    }
}
