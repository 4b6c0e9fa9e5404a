package com.ks.platform.promotion.points;

import com.ks.platform.aftersales.AfterSalesRefundRequested;
import com.ks.platform.ordering.OrderCancelled;
import com.ks.platform.ordering.OrderCompleted;
import com.ks.platform.promotion.spending.OrderSpending;
import com.ks.platform.review.ReviewWritten;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Points follow the orders and reviews: a completed order earns what was paid (less anything already refunded), an
 * after-sales refund takes back the share it refunds, a review earns once (a photo review, 晒单, more), and a cancelled
 * order gives back the points spent on it. Each entry has a source key of its own, so a re-delivered event finds its
 * entry written and does nothing (the unique (account, source key) constraint backs this up under a race).
 */
@Component
class PointsEarning {

    private final PointsLedger ledger;
    private final PointsSettings settings;
    private final OrderSpending spending;

    PointsEarning(PointsLedger ledger, PointsSettings settings, OrderSpending spending) {
        this.ledger = ledger;
        this.settings = settings;
        this.spending = spending;
    }

    @ApplicationModuleListener
    void on(OrderCompleted completed) {
        String key = "order:" + completed.orderId();
        if (ledger.exists(completed.accountId(), key)) {
            return;
        }
        long paid = completed.totalFen() - spending.refundedFen(completed.orderId());
        long points = settings.earnedFor(paid);
        if (points > 0) {
            ledger.append(completed.accountId(), PointsKind.ORDER, points, key, completed.orderId(), null);
        }
    }

    /**
     * The order's earned points minus what its paid amount after this refund would earn. A shopper who already spent
     * them keeps the balance at zero at worst (never negative): what cannot be taken back is noted on the entry.
     */
    @ApplicationModuleListener
    void on(AfterSalesRefundRequested refund) {
        var paid = spending.refunded(refund.orderId(), refund.refundRef(), refund.amountFen());
        if (paid.isEmpty()) {
            return; // not completed yet: the completion earns on what is left
        }
        long earned = ledger.sumForOrder(refund.orderId(), PointsKind.ORDER, PointsKind.REFUND);
        long takeBack = earned - settings.earnedFor(paid.get().remainingFen());
        String key = "refund:" + refund.refundRef();
        if (takeBack <= 0 || ledger.exists(paid.get().accountId(), key)) {
            return;
        }
        long available = Math.min(takeBack, ledger.balance(paid.get().accountId()));
        String note = available < takeBack ? "short:" + (takeBack - available) : null;
        if (available > 0) {
            ledger.append(paid.get().accountId(), PointsKind.REFUND, -available, key, refund.orderId(), note);
        }
    }

    @ApplicationModuleListener
    void on(ReviewWritten review) {
        long points = review.photoCount() > 0 ? settings.photoReview() : settings.review();
        String key = "review:" + review.reviewId();
        if (points > 0 && !ledger.exists(review.accountId(), key)) {
            ledger.append(review.accountId(), PointsKind.REVIEW, points, key, review.orderId(), null);
        }
    }

    @ApplicationModuleListener
    void on(OrderCancelled cancelled) {
        long spent = -ledger.sumForOrder(cancelled.orderId(), PointsKind.CHECKOUT, PointsKind.CHECKOUT_RETURNED);
        if (spent <= 0) {
            return;
        }
        ledger.accountOfOrder(cancelled.orderId()).ifPresent(account -> {
            String key = "return:" + cancelled.orderId();
            if (!ledger.exists(account, key)) {
                ledger.append(account, PointsKind.CHECKOUT_RETURNED, spent, key, cancelled.orderId(), null);
            }
        });
    }
}
