package com.ks.platform.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SchedulerLockTest extends KsIntegrationTest {

    @Autowired
    LockProvider locks;

    @Test
    void a_scheduled_job_runs_on_one_node_at_a_time_through_the_shedlock_table() {
        String job = "test-job-" + UUID.randomUUID().toString().substring(0, 8);
        LockConfiguration configuration =
                new LockConfiguration(Instant.now(), job, Duration.ofMinutes(5), Duration.ZERO);
        var first = locks.lock(configuration);
        assertThat(first).isPresent();
        assertThat(locks.lock(configuration))
                .as("a second node finds the job running")
                .isEmpty();
        first.get().unlock();
        var again = locks.lock(configuration);
        assertThat(again).as("free again once the first run ends").isPresent();
        again.get().unlock();
    }
}
