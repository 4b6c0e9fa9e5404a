package com.ks.platform.ordering;

import com.ks.platform.shared.RuleViolated;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lets as many placements run at once as the node has database connections, in arrival order. The connection pool
 * alone hands connections out in no particular order, so in a rush some buyers waited seconds while later ones went
 * first; a fair queue in front of it keeps every buyer's wait close to the average. A buyer who cannot get in within
 * ten seconds is told to try again — nothing was written.
 */
@Component
class PlacementAdmission {

    private static final long MAX_WAIT_SECONDS = 10;

    private final Semaphore permits;

    PlacementAdmission(@Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize) {
        this.permits = new Semaphore(Math.max(1, poolSize), true);
    }

    <T> T run(Supplier<T> placement) {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new RuleViolated("error.checkout.busy");
        }
        if (!admitted) {
            throw new RuleViolated("error.checkout.busy");
        }
        try {
            return placement.get();
        } finally {
            permits.release();
        }
    }
}
