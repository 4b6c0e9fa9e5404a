package com.ks.platform.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.identity.AccountQueries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class MerchantRepositoryTest extends KsIntegrationTest {

    @Autowired
    MerchantRepository merchants;

    @Autowired
    MerchantOnboardingService onboarding;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AccountQueries accounts;

    @Test
    void of_two_officers_deciding_at_once_exactly_one_wins() throws Exception {
        UUID id = onboarding.signUp(new MerchantSignUp(
                uniqueEmail("race"),
                "店主",
                "good password 1",
                "并发店" + UUID.randomUUID().toString().substring(0, 6),
                "并发测试有限公司",
                CreditCode.withCheckCharacter("91440300MA5FAB777"),
                "法人",
                "13800138000",
                BusinessCategory.BOOKS,
                true));
        assertThat(merchants.transition(id, MerchantStatus.DRAFT, MerchantStatus.SUBMITTED, Instant.now()))
                .as("submitted")
                .isTrue();
        CountDownLatch start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> results = new ArrayList<>();
        for (MerchantStatus target : new MerchantStatus[] {MerchantStatus.ACTIVE, MerchantStatus.REJECTED}) {
            Callable<Boolean> decide = () -> {
                start.await();
                return transactions.execute(
                        tx -> merchants.transition(id, MerchantStatus.SUBMITTED, target, Instant.now()));
            };
            results.add(pool.submit(decide));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> result : results) {
            winners += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(winners).isEqualTo(1);
        assertThat(merchants.findById(id).orElseThrow().status()).isIn(MerchantStatus.ACTIVE, MerchantStatus.REJECTED);
    }

    @Test
    void the_review_queue_lists_only_waiting_merchants_oldest_first() {
        var queue = merchants.pageInStatus(List.of(MerchantStatus.SUBMITTED), 0, 500);
        assertThat(queue).allSatisfy(m -> assertThat(m.status()).isEqualTo(MerchantStatus.SUBMITTED));
        assertThat(queue).isSortedAccordingTo((a, b) -> a.statusChangedAt().compareTo(b.statusChangedAt()));
        assertThat(queue).extracting(MerchantSummary::storeName).contains("潮流衣橱工作室", "贝贝母婴之家");
        assertThat(merchants.countInStatus(List.of(MerchantStatus.SUBMITTED))).isEqualTo(queue.size());
    }
}
