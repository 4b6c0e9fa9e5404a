package com.ks.platform.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.TestMerchants;
import com.ks.platform.merchant.BusinessCategory;
import com.ks.platform.merchant.DocumentKind;
import com.ks.platform.merchant.DocumentUpload;
import com.ks.platform.merchant.MerchantDocumentService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDeniedException;

class ReviewChecklistTest extends KsIntegrationTest {

    @Autowired
    ReviewChecklistService checklist;

    @Autowired
    MerchantDocumentService documents;

    @Autowired
    ApplicationContext context;

    private TestMerchants testMerchants() {
        return new TestMerchants(context, this::actAs);
    }

    @Test
    void a_complete_application_passes_every_check() {
        var merchant = testMerchants().readyForReview(BusinessCategory.MOTHER_BABY);
        actAs("compliance@ks.demo");
        assertThat(checklist.checklist(merchant.id()))
                .allMatch(ChecklistResult::passed)
                .hasSize(5);
    }

    @Test
    void a_food_shop_without_its_permit_and_with_a_licence_for_another_company_fails_those_checks() {
        var merchant = testMerchants().signUp(BusinessCategory.FOOD);
        actAs(merchant.email());
        documents.upload(
                new DocumentUpload(DocumentKind.BUSINESS_LICENCE, "l.png", TestMerchants.png(), null, "别家贸易有限公司"));
        actAs("compliance@ks.demo");
        Map<ChecklistItem, ChecklistResult> results = byItem(checklist.checklist(merchant.id()));
        assertThat(results.get(ChecklistItem.COMPANY_NAME_MATCHES).passed()).isFalse();
        assertThat(results.get(ChecklistItem.REQUIRED_DOCUMENTS_PRESENT).passed())
                .isFalse();
        assertThat(results.get(ChecklistItem.REQUIRED_DOCUMENTS_PRESENT).documents())
                .containsExactly(DocumentKind.CATEGORY_PERMIT);
        assertThat(results.get(ChecklistItem.CREDIT_CODE_VALID).passed()).isTrue();
    }

    @Test
    void a_document_expiring_within_30_days_fails_the_expiry_check() {
        var merchant = testMerchants().readyForReview(BusinessCategory.DIGITAL);
        actAs(merchant.email());
        documents.upload(new DocumentUpload(
                DocumentKind.QUALITY_REPORT,
                "r.pdf",
                TestMerchants.pdf(),
                LocalDate.now().plusDays(29),
                null));
        actAs("compliance@ks.demo");
        ChecklistResult expiry = byItem(checklist.checklist(merchant.id())).get(ChecklistItem.NO_DOCUMENT_EXPIRING);
        assertThat(expiry.passed()).isFalse();
        assertThat(expiry.documents()).containsExactly(DocumentKind.QUALITY_REPORT);
    }

    @Test
    void a_credit_code_used_by_another_merchant_fails_the_uniqueness_check() {
        String shared = TestMerchants.uniqueCreditCode();
        var first = testMerchants().signUp(BusinessCategory.BOOKS, shared);
        var second = testMerchants().signUp(BusinessCategory.BOOKS, shared);
        var alone = testMerchants().signUp(BusinessCategory.BOOKS);
        actAs("compliance@ks.demo");
        for (UUID id : List.of(first.id(), second.id())) {
            assertThat(byItem(checklist.checklist(id))
                            .get(ChecklistItem.CREDIT_CODE_UNIQUE)
                            .passed())
                    .isFalse();
        }
        assertThat(byItem(checklist.checklist(alone.id()))
                        .get(ChecklistItem.CREDIT_CODE_UNIQUE)
                        .passed())
                .isTrue();
    }

    @Test
    void company_names_match_across_full_and_half_width_brackets_and_spaces() {
        assertThat(ReviewChecklistService.sameCompany("深圳（前海）科技 有限公司", "深圳(前海)科技有限公司"))
                .isTrue();
        assertThat(ReviewChecklistService.sameCompany("深圳科技有限公司", "广州科技有限公司")).isFalse();
        assertThat(ReviewChecklistService.sameCompany(null, "广州科技有限公司")).isFalse();
    }

    @Test
    void only_compliance_officers_see_the_checklist() {
        var merchant = testMerchants().signUp(BusinessCategory.BOOKS);
        actAs(merchant.email());
        assertThatThrownBy(() -> checklist.checklist(merchant.id())).isInstanceOf(AuthorizationDeniedException.class);
    }

    private static Map<ChecklistItem, ChecklistResult> byItem(List<ChecklistResult> results) {
        return results.stream().collect(Collectors.toMap(ChecklistResult::item, r -> r));
    }
}
