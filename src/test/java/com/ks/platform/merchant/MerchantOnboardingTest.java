package com.ks.platform.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.TestMerchants;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.RuleViolated;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDeniedException;

class MerchantOnboardingTest extends KsIntegrationTest {

    @Autowired
    MerchantOnboardingService onboarding;

    @Autowired
    MerchantReviewService review;

    @Autowired
    MerchantRepository merchants;

    @Autowired
    AccountQueries accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    ApplicationContext context;

    private TestMerchants merchants() {
        return new TestMerchants(context, this::actAs);
    }

    @Test
    void credit_codes_are_checked_by_their_gb_32100_check_character() {
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCode.isValid("91350100m000100y43"))
                .as("case-insensitive")
                .isTrue();
        assertThat(CreditCode.isValid("91350100M000100Y44"))
                .as("wrong check character")
                .isFalse();
        assertThat(CreditCode.isValid("91350100M000100Y4")).as("17 characters").isFalse();
        assertThat(CreditCode.isValid("91350100O000100Y43"))
                .as("O is not in the alphabet")
                .isFalse();
        assertThat(CreditCode.isValid(CreditCode.withCheckCharacter("91110108MA01ABCDE")))
                .isTrue();
    }

    @Test
    void a_company_signs_up_as_a_merchant_owner_and_its_application_waits_for_its_documents() {
        String email = uniqueEmail("shop");
        UUID merchantId =
                onboarding.signUp(signUp(email, uniqueStore(), CreditCode.withCheckCharacter("91440300MA5FAB123")));

        MerchantSummary merchant = merchants.findById(merchantId).orElseThrow();
        assertThat(merchant.status()).as("not in review before it submits").isEqualTo(MerchantStatus.DRAFT);
        assertThat(merchant.status().isTrading()).isFalse();
        var owner = accounts.findByEmail(email).flatMap(accounts::findById).orElseThrow();
        assertThat(owner.roles()).containsExactly(com.ks.platform.identity.Role.MERCHANT);
        assertThat(merchants.findByOwner(owner.id())).map(MerchantSummary::id).contains(merchantId);
    }

    @Test
    void a_sign_up_with_a_wrong_credit_code_and_phone_stores_neither_merchant_nor_account() {
        String email = uniqueEmail("bad");
        var bad = new MerchantSignUp(
                email,
                "店主",
                "good password 1",
                uniqueStore(),
                "某某有限公司",
                "91350100M000100Y44",
                "法人",
                "12345",
                BusinessCategory.FOOD,
                true);
        assertThatThrownBy(() -> onboarding.signUp(bad))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("creditCode", "error.creditCode.invalid")
                                .containsEntry("contactPhone", "error.phone.invalid"));
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void a_sign_up_with_account_errors_and_company_errors_reports_both_at_once() {
        var bad = new MerchantSignUp(
                "nope", "店主", "123", "", "某某有限公司", "", "法人", "13800138000", BusinessCategory.FOOD, false);
        assertThatThrownBy(() -> onboarding.signUp(bad))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors())
                                .containsKeys("email", "password", "acceptPrivacyPolicy", "storeName", "creditCode"));
    }

    @Test
    void an_officer_approves_a_waiting_merchant_once_and_the_decision_is_audited() {
        UUID merchantId = merchants().readyForReview(BusinessCategory.DIGITAL).id();
        List<UUID> seen = merchants().shownTo("compliance@ks.demo", merchantId);
        review.claim(merchantId);
        review.approve(merchantId, "资质齐全", seen);
        assertThat(merchants.findById(merchantId).orElseThrow().status()).isEqualTo(MerchantStatus.ACTIVE);
        assertThatThrownBy(() -> review.approve(merchantId, "again", seen))
                .isInstanceOfSatisfying(
                        RuleViolated.class, e -> assertThat(e.messageKey()).isEqualTo("error.merchant.alreadyDecided"));
        var history = audit.historyOf("merchant", merchantId.toString());
        assertThat(history.getFirst().action()).isEqualTo("merchant.signedUp");
        assertThat(history.get(history.size() - 2).action()).isEqualTo("merchant.submitted");
        assertThat(history.getLast().action()).isEqualTo("merchant.approved");
        assertThat(history.getLast().actorLabel()).isEqualTo("合规专员 陈静");
    }

    @Test
    void a_rejection_needs_a_reason() {
        UUID merchantId = merchants().readyForReview(BusinessCategory.DIGITAL).id();
        List<UUID> seen = merchants().shownTo("compliance@ks.demo", merchantId);
        review.claim(merchantId);
        assertThatThrownBy(() -> review.reject(merchantId, RejectionReason.LICENCE_UNREADABLE, "  ", seen))
                .isInstanceOf(RuleViolated.class);
        assertThat(merchants.findById(merchantId).orElseThrow().status()).isEqualTo(MerchantStatus.SUBMITTED);
        review.reject(merchantId, RejectionReason.LICENCE_UNREADABLE, "营业执照照片不清晰", seen);
        assertThat(merchants.findById(merchantId).orElseThrow().status()).isEqualTo(MerchantStatus.REJECTED);
    }

    @Test
    void merchants_and_shoppers_cannot_approve_merchants() {
        UUID merchantId = onboarding.signUp(
                signUp(uniqueEmail("self"), uniqueStore(), CreditCode.withCheckCharacter("91440300MA5FAB126")));
        for (String who : new String[] {"merchant@ks.demo", "shopper@ks.demo", "admin@ks.demo"}) {
            actAs(who);
            assertThatThrownBy(() -> review.claim(merchantId)).as(who).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> review.approve(merchantId, "self-service", List.of()))
                    .as(who)
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        assertThat(merchants.findById(merchantId).orElseThrow().status()).isEqualTo(MerchantStatus.DRAFT);
    }

    @Test
    void the_state_machine_refuses_illegal_transitions() {
        assertThat(MerchantStatus.SUBMITTED.canMoveTo(MerchantStatus.ACTIVE)).isTrue();
        assertThat(MerchantStatus.REJECTED.canMoveTo(MerchantStatus.ACTIVE)).isFalse();
        assertThat(MerchantStatus.TERMINATED.next()).isEmpty();
        assertThat(MerchantStatus.DRAFT.canMoveTo(MerchantStatus.ACTIVE)).isFalse();
    }

    private static MerchantSignUp signUp(String email, String store, String creditCode) {
        return new MerchantSignUp(
                email,
                "店主",
                "good password 1",
                store,
                "测试贸易有限公司",
                creditCode,
                "王法人",
                "0571-88888888",
                BusinessCategory.DIGITAL,
                true);
    }

    private static String uniqueStore() {
        return "测试店" + UUID.randomUUID().toString().substring(0, 6);
    }
}
