package com.ks.platform.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A request thread that hangs is reported (once), a request that finishes in time never is. */
class StuckRequestWatchdogTest {

    private final StuckRequestWatchdog watchdog = new StuckRequestWatchdog(Clock.systemUTC(), Duration.ofMillis(200));

    private Thread serve(String method, String path, CountDownLatch hangUntil) {
        return Thread.ofPlatform().start(() -> {
            try {
                watchdog.doFilter(
                        new MockHttpServletRequest(method, path),
                        new MockHttpServletResponse(),
                        (request, response) -> {
                            try {
                                hangUntil.await();
                            } catch (InterruptedException stop) {
                                Thread.currentThread().interrupt();
                            }
                        });
            } catch (Exception failure) {
                throw new IllegalStateException(failure);
            }
        });
    }

    @Test
    void a_request_hanging_past_the_limit_is_reported_once_and_forgotten_when_it_ends() throws Exception {
        CountDownLatch hang = new CountDownLatch(1);
        Thread stuck = serve("POST", "/api/v1/orders", hang);
        Thread.sleep(400);

        var firstCheck = watchdog.reportStuck();
        var secondCheck = watchdog.reportStuck();
        hang.countDown();
        stuck.join();

        assertThat(firstCheck).containsExactly("POST /api/v1/orders");
        assertThat(secondCheck).isEmpty();
    }

    @Test
    void a_request_that_finishes_in_time_is_never_reported() throws Exception {
        CountDownLatch done = new CountDownLatch(0);
        serve("GET", "/api/v1/orders", done).join();
        Thread.sleep(300);

        assertThat(watchdog.reportStuck()).isEmpty();
    }
}
