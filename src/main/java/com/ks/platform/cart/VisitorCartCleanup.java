package com.ks.platform.cart;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A visitor's cart lives as long as their session: it is deleted when the session ends, and lines of sessions that
 * ended without notice (a node that stopped) are purged once they are older than any session can be.
 */
@Component
class VisitorCartCleanup implements HttpSessionListener {

    private static final Duration ORPHANED_AFTER = Duration.ofDays(2);

    private final CartLineRepository lines;
    private final Clock clock;

    VisitorCartCleanup(CartLineRepository lines, Clock clock) {
        this.lines = lines;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void sessionDestroyed(HttpSessionEvent event) {
        if (event.getSession().getAttribute(VisitorCartSession.ATTRIBUTE) instanceof UUID visitorCartId) {
            lines.deleteVisitorCart(visitorCartId);
        }
    }

    /** Idempotent and harmless when several nodes run it at once, so no lock is needed. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    @Transactional
    public void purgeOrphanedVisitorCarts() {
        lines.deleteVisitorLinesBefore(clock.instant().minus(ORPHANED_AFTER));
    }
}
