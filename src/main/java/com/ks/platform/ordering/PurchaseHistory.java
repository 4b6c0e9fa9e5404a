package com.ks.platform.ordering;

import com.ks.platform.shared.ModuleHook;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A shopper's order history in numbers, for the credit score. Called by the credit module for the account it assesses
 * (the signed-in shopper, or one a compliance officer looks at); never a door for a view.
 */
@Service
public class PurchaseHistory {

    private final OrderRepository orders;

    PurchaseHistory(OrderRepository orders) {
        this.orders = orders;
    }

    /**
     * Paid orders not cancelled (kept) with their amount — paid with the shopper's own money, not on the platform's
     * credit — and paid orders cancelled afterwards (their money went back).
     */
    public record Summary(int keptOrders, long keptFen, int refundedOrders) {

        public int paidOrders() {
            return keptOrders + refundedOrders;
        }
    }

    @Transactional(readOnly = true)
    @ModuleHook
    public Summary of(UUID accountId) {
        return orders.purchaseHistory(accountId);
    }
}
