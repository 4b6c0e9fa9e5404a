package com.ks.platform.cart;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.shared.RuleViolated;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

/** Real threads against the real database: the per-order limit holds when one shopper adds from many tabs at once. */
class CartConcurrencyTest extends CartTestSupport {

    @Test
    void concurrent_adds_of_the_same_sku_never_pass_the_per_order_limit() throws Exception {
        ProductDetails phone = product(DIGITAL_SHOP, "抢购手机", 5, 100, 99_900);
        UUID sku = phone.skus().getFirst().id();
        String shopper = newShopper();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                actAs(shopper);
                try {
                    start.await();
                    cart.add(sku, 1);
                    return true;
                } catch (RuleViolated refused) {
                    return false;
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        start.countDown();
        int accepted = 0;
        for (Future<Boolean> result : results) {
            if (result.get(60, TimeUnit.SECONDS)) {
                accepted++;
            }
        }
        pool.shutdown();

        actAs(shopper);
        CartDetails details = queries.myCart();
        assertThat(details.lineCount()).isEqualTo(1);
        assertThat(details.shops().getFirst().lines().getFirst().quantity()).isEqualTo(5);
        assertThat(accepted).isEqualTo(5);
    }
}
