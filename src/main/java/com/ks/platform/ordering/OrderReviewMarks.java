package com.ks.platform.ordering;

import com.ks.platform.shared.ModuleHook;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A module hook, not a door for people: the review module calls it inside the transaction that writes a review, after
 * it has checked that the signed-in buyer owns the order, so the line leaves the 待评价 tab together with the review.
 */
@Service
public class OrderReviewMarks {

    private final OrderRepository orders;
    private final Clock clock;

    OrderReviewMarks(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    @ModuleHook
    public void lineReviewed(UUID orderId, UUID lineId) {
        orders.markLineReviewed(orderId, lineId, clock.instant());
    }
}
