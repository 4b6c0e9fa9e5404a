package com.ks.platform.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.TestMerchants;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.NewAccount;
import com.ks.platform.identity.Role;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.RuleViolated;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

class MerchantReviewTest extends KsIntegrationTest {

    private static final String OFFICER = "compliance@ks.demo";

    @Autowired
    MerchantReviewService review;

    @Autowired
    MerchantRepository merchants;

    @Autowired
    MerchantQueries queries;

    @Autowired
    NotificationService notifications;

    @Autowired
    AccountService accounts;

    @Autowired
    ApplicationContext context;

    @Autowired
    ReviewClaimRepository claims;

    @Autowired
    TransactionTemplate transactions;

    private TestMerchants testMerchants() {
        return new TestMerchants(context, this::actAs);
    }

    @Test
    void an_approval_records_the_officer_the_versions_seen_and_tells_the_owner() {
        var merchant = testMerchants().readyForReview(BusinessCategory.FOOD);
        List<UUID> seen = testMerchants().shownTo(OFFICER, merchant.id());
        review.claim(merchant.id());
        review.approve(merchant.id(), "资质齐全", seen);

        ReviewDecision decision = review.decisions(merchant.id()).getFirst();
        assertThat(decision.outcome()).isEqualTo(ReviewOutcome.APPROVED);
        assertThat(decision.officerLabel()).isEqualTo("合规专员 陈静");
        assertThat(decision.documentsSeen())
                .hasSize(2)
                .anyMatch(label -> label.startsWith("BUSINESS_LICENCE:v1:"))
                .anyMatch(label -> label.startsWith("CATEGORY_PERMIT:v1:"));
        assertThat(review.currentClaim(merchant.id()))
                .as("the claim ends with the decision")
                .isEmpty();

        actAs(merchant.email());
        assertThat(notifications.myNotices(0, 10))
                .extracting(n -> n.messageKey())
                .containsExactly("notice.decision.APPROVED");
        assertThat(notifications.countMyUnread()).isEqualTo(1);
        notifications.markAllMineRead();
        assertThat(notifications.countMyUnread()).isZero();
    }

    @Test
    void deciding_without_a_claim_or_on_another_officers_claim_is_refused_and_changes_nothing() {
        var merchant = testMerchants().readyForReview(BusinessCategory.DIGITAL);
        List<UUID> seen = testMerchants().shownTo(OFFICER, merchant.id());
        assertThatThrownBy(() -> review.approve(merchant.id(), null, seen))
                .isInstanceOfSatisfying(
                        RuleViolated.class, e -> assertThat(e.messageKey()).isEqualTo("error.review.notClaimed"));
        review.claim(merchant.id());

        actAs(secondOfficer());
        assertThatThrownBy(() -> review.claim(merchant.id()))
                .as("the second officer sees who holds it")
                .isInstanceOfSatisfying(RuleViolated.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.review.claimedBy");
                    assertThat(e.arguments()).containsExactly("合规专员 陈静");
                });
        assertThatThrownBy(() -> review.reject(merchant.id(), RejectionReason.OTHER, "不行", seen))
                .isInstanceOf(RuleViolated.class);
        assertThat(merchants.findById(merchant.id()).orElseThrow().status()).isEqualTo(MerchantStatus.SUBMITTED);
        assertThat(review.decisions(merchant.id())).isEmpty();
    }

    @Test
    void a_rejection_needs_a_reason_code_and_words_and_the_owner_reads_both() {
        var merchant = testMerchants().readyForReview(BusinessCategory.DIGITAL);
        List<UUID> seen = testMerchants().shownTo(OFFICER, merchant.id());
        review.claim(merchant.id());
        assertThatThrownBy(() -> review.reject(merchant.id(), null, null, seen))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("reason", "error.reason.required")
                                .containsEntry("message", "error.reason.required"));
        assertThat(merchants.findById(merchant.id()).orElseThrow().status()).isEqualTo(MerchantStatus.SUBMITTED);

        review.reject(merchant.id(), RejectionReason.COMPANY_MISMATCH, "执照上的名称与账户不一致", seen);
        actAs(merchant.email());
        ReviewDecision last = queries.myLastDecision().orElseThrow();
        assertThat(last.outcome()).isEqualTo(ReviewOutcome.REJECTED);
        assertThat(last.reason()).isEqualTo(RejectionReason.COMPANY_MISMATCH);
        assertThat(last.message()).isEqualTo("执照上的名称与账户不一致");
    }

    @Test
    void asking_for_more_information_names_documents_and_a_message() {
        var merchant = testMerchants().readyForReview(BusinessCategory.DIGITAL);
        List<UUID> seen = testMerchants().shownTo(OFFICER, merchant.id());
        review.claim(merchant.id());
        assertThatThrownBy(() -> review.askForInformation(merchant.id(), Set.of(), "请补充", seen))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("documents", "error.review.documentsRequired"));
        review.askForInformation(merchant.id(), Set.of(DocumentKind.QUALITY_REPORT), "请补充质检报告", seen);
        assertThat(merchants.findById(merchant.id()).orElseThrow().status()).isEqualTo(MerchantStatus.NEEDS_INFO);
        assertThat(review.decisions(merchant.id()).getFirst().requestedKinds())
                .containsExactly(DocumentKind.QUALITY_REPORT);
        assertThatThrownBy(() -> review.claim(merchant.id()))
                .as("waiting for the merchant now, not for an officer")
                .isInstanceOf(RuleViolated.class);
    }

    @Test
    void a_decision_on_documents_the_merchant_has_since_replaced_is_refused() {
        var merchant = testMerchants().readyForReview(BusinessCategory.DIGITAL);
        List<UUID> seen = testMerchants().shownTo(OFFICER, merchant.id());
        actAs(merchant.email());
        context.getBean(MerchantDocumentService.class)
                .upload(new DocumentUpload(
                        DocumentKind.BUSINESS_LICENCE, "new.png", TestMerchants.png(), null, TestMerchants.COMPANY));
        actAs(OFFICER);
        review.claim(merchant.id());
        assertThatThrownBy(() -> review.approve(merchant.id(), null, seen))
                .isInstanceOfSatisfying(
                        RuleViolated.class, e -> assertThat(e.messageKey()).isEqualTo("error.review.documentsChanged"));
        assertThat(merchants.findById(merchant.id()).orElseThrow().status()).isEqualTo(MerchantStatus.SUBMITTED);
    }

    @Test
    void an_application_missing_a_required_document_cannot_be_approved() {
        var merchant = testMerchants().signUp(BusinessCategory.FOOD);
        actAs(merchant.email());
        MerchantDocumentService documents = context.getBean(MerchantDocumentService.class);
        documents.upload(new DocumentUpload(
                DocumentKind.BUSINESS_LICENCE, "l.png", TestMerchants.png(), null, TestMerchants.COMPANY));
        assertThatThrownBy(documents::submitForReview)
                .isInstanceOfSatisfying(
                        RuleViolated.class, e -> assertThat(e.messageKey()).isEqualTo("error.documents.missing"));
        // the officer checks again: say the category's list grew after the application was submitted
        context.getBean(MerchantRepository.class)
                .transition(merchant.id(), MerchantStatus.DRAFT, MerchantStatus.SUBMITTED, Instant.now());
        List<UUID> seen = testMerchants().shownTo(OFFICER, merchant.id());
        review.claim(merchant.id());
        assertThatThrownBy(() -> review.approve(merchant.id(), null, seen))
                .isInstanceOfSatisfying(
                        RuleViolated.class, e -> assertThat(e.messageKey()).isEqualTo("error.documents.missing"));
    }

    @Test
    void of_two_officers_claiming_the_same_review_at_once_exactly_one_wins() throws Exception {
        var merchant = testMerchants().readyForReview(BusinessCategory.BOOKS);
        String second = secondOfficer();
        CountDownLatch start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> results = new ArrayList<>();
        for (String officer : new String[] {OFFICER, second}) {
            Callable<Boolean> claim = () -> {
                actAs(officer);
                start.await();
                try {
                    review.claim(merchant.id());
                    return true;
                } catch (RuleViolated lost) {
                    return false;
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            results.add(pool.submit(claim));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> result : results) {
            winners += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(winners).isEqualTo(1);
        actAs(OFFICER);
        assertThat(review.currentClaim(merchant.id())).isPresent();
    }

    @Test
    void a_claim_lapses_after_its_time_and_another_officer_may_take_it() {
        var merchant = testMerchants().readyForReview(BusinessCategory.BOOKS);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Instant now = Instant.now();
        Instant lapse = now.plus(Duration.ofMinutes(30));
        assertThat(take(merchant.id(), first, "甲", now, lapse)).isTrue();
        assertThat(take(merchant.id(), second, "乙", now.plusSeconds(60), lapse))
                .as("still held")
                .isFalse();
        assertThat(take(merchant.id(), first, "甲", now.plusSeconds(60), lapse.plusSeconds(60)))
                .as("the holder extends it")
                .isTrue();
        Instant later = lapse.plusSeconds(61);
        assertThat(take(merchant.id(), second, "乙", later, later.plus(Duration.ofMinutes(30))))
                .as("lapsed")
                .isTrue();
        assertThat(claims.find(merchant.id()).orElseThrow().officerLabel()).isEqualTo("乙");
    }

    @Test
    void the_queue_filters_by_state_category_and_days_waiting() {
        var merchant = testMerchants().readyForReview(BusinessCategory.APPLIANCES);
        actAs(OFFICER);
        var submittedAppliances =
                new ReviewQueueFilter(Set.of(MerchantStatus.SUBMITTED), BusinessCategory.APPLIANCES, null);
        assertThat(queries.reviewQueue(submittedAppliances, 0, 200))
                .extracting(MerchantSummary::id)
                .contains(merchant.id());
        assertThat(queries.reviewQueue(submittedAppliances, 0, 200))
                .allMatch(m ->
                        m.businessCategory() == BusinessCategory.APPLIANCES && m.status() == MerchantStatus.SUBMITTED);
        assertThat(queries.countReviewQueue(submittedAppliances))
                .isEqualTo(queries.reviewQueue(submittedAppliances, 0, 200).size());
        var waitingTwoDays = new ReviewQueueFilter(Set.of(), BusinessCategory.APPLIANCES, 2);
        assertThat(queries.reviewQueue(waitingTwoDays, 0, 200))
                .extracting(MerchantSummary::id)
                .doesNotContain(merchant.id());
        var trading = new ReviewQueueFilter(Set.of(MerchantStatus.ACTIVE), null, null);
        assertThat(queries.countReviewQueue(trading))
                .as("only the queue's states")
                .isZero();
    }

    private boolean take(UUID merchantId, UUID officer, String label, Instant now, Instant until) {
        return Boolean.TRUE.equals(transactions.execute(tx -> claims.take(merchantId, officer, label, now, until)));
    }

    /** A second compliance officer of this test's own. */
    private String secondOfficer() {
        String email = uniqueEmail("officer");
        actAs("admin@ks.demo");
        accounts.createStaffAccount(new NewAccount(
                email, "合规专员 " + email.substring(8, 12), "good password 1", EnumSet.of(Role.COMPLIANCE_OFFICER), true));
        return email;
    }
}
