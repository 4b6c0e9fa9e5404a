package com.ks.platform.engagement;

import com.ks.platform.shared.BehaviourEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records behaviour events other modules publish, once their transaction has committed (an add to cart that was
 * refused is no behaviour worth learning from), on the same thread so the shopper is still known. A failure to record
 * is logged and never reaches the shopper. A plain listener with a commit callback rather than
 * {@code @TransactionalEventListener}: Modulith would persist every such event in its publication registry, which
 * these fire-and-forget events do not need.
 */
@Component
class BehaviourEventListener {

    private static final Logger log = LoggerFactory.getLogger(BehaviourEventListener.class);

    private final Tracking tracking;

    BehaviourEventListener(Tracking tracking) {
        this.tracking = tracking;
    }

    @EventListener
    public void on(BehaviourEvent event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    recordQuietly(event);
                }
            });
        } else {
            recordQuietly(event);
        }
    }

    private void recordQuietly(BehaviourEvent event) {
        try {
            tracking.record(event);
        } catch (RuntimeException e) {
            log.warn("Behaviour event {} not recorded: {}", event.type(), e.toString());
        }
    }
}
