package com.ks.platform.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The fair queue in front of placements: never more at once than permits, and a failing placement frees its place. */
class PlacementAdmissionTest {

    @Test
    void no_more_placements_run_at_once_than_there_are_connections() throws Exception {
        PlacementAdmission admission = new PlacementAdmission(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Future<Integer>> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 40; i++) {
                done.add(pool.submit(() -> admission.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return running.decrementAndGet();
                })));
            }
            for (Future<Integer> future : done) {
                future.get();
            }
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void a_refused_placement_gives_its_place_back() {
        PlacementAdmission admission = new PlacementAdmission(1);

        assertThatThrownBy(() -> admission.run(() -> {
                    throw new IllegalStateException("sold out");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(admission.run(() -> "next buyer")).isEqualTo("next buyer");
    }
}
