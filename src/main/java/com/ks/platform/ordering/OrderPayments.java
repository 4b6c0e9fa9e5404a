package com.ks.platform.ordering;

import com.ks.jooq.tables.records.OrderingOrderLineRecord;
import com.ks.jooq.tables.records.OrderingOrderRecord;
import com.ks.platform.catalog.CatalogSales;
import com.ks.platform.shared.ModuleHook;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ordering side of payments, called by the payment module once a payment is verified (and, until it exists, by the
 * development-only payment action). Never reachable from a view or the API directly: no person can mark an order paid.
 */
@Service
public class OrderPayments {

    private final OrderRepository orders;
    private final OrderLifecycle lifecycle;
    private final CatalogSales sales;

    OrderPayments(OrderRepository orders, OrderLifecycle lifecycle, CatalogSales sales) {
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.sales = sales;
    }

    /** What happened to a verified payment of a checkout. */
    public enum Outcome {
        /** The orders are now paid. */
        PAID,
        /** They were paid by this payment before (a repeated notification): nothing changed. */
        ALREADY_PAID,
        /** The orders were cancelled (timed out) before the money came: the payment must be refunded. */
        REFUND_REQUIRED,
        /** The amount does not match the checkout: nothing changed, the payment must be refunded. */
        AMOUNT_MISMATCH
    }

    /**
     * Marks the checkout's pending orders paid (one of them may have been cancelled by the shopper first), idempotently:
     * a second notification of the same payment changes nothing; an order is never paid twice nor by a payment of
     * another amount than what is still due.
     */
    @Transactional
    @ModuleHook
    public Outcome checkoutPaid(UUID checkoutId, PaymentMethod method, String paymentRef, long amountFen) {
        List<OrderingOrderRecord> group = orders.ofCheckout(checkoutId);
        if (group.isEmpty()) {
            throw new com.ks.platform.shared.NotFound("error.checkout.notFound");
        }
        List<OrderingOrderRecord> paidByThis =
                group.stream().filter(o -> paymentRef.equals(o.getPaymentRef())).toList();
        if (!paidByThis.isEmpty()) {
            return amountFen == total(paidByThis) ? Outcome.ALREADY_PAID : Outcome.AMOUNT_MISMATCH;
        }
        // a shopper may cancel one shop's order before paying: the payment covers the orders still pending
        List<OrderingOrderRecord> pending = group.stream()
                .filter(o -> OrderStatus.PENDING_PAYMENT.name().equals(o.getStatus()))
                .toList();
        if (pending.isEmpty()) {
            return Outcome.REFUND_REQUIRED;
        }
        if (amountFen != total(pending)) {
            return Outcome.AMOUNT_MISMATCH;
        }
        var actor = new OrderRepository.Actor(null, "PAYMENT");
        for (OrderingOrderRecord order : pending) {
            if (!lifecycle.tryMove(order, OrderStatus.PAID, actor, method.name())) {
                throw new com.ks.platform.shared.RuleViolated("error.order.stateChanged");
            }
            orders.recordPayment(order.getId(), method, paymentRef);
            Instant paidAt = order.getUpdatedAt();
            for (OrderingOrderLineRecord line : orders.lines(List.of(order.getId()))) {
                sales.recordPaidLine(line.getProductId(), line.getQuantity(), paidAt);
            }
        }
        return Outcome.PAID;
    }

    /** The orders of a checkout (one per shop), for the payment module's records. */
    @Transactional(readOnly = true)
    @ModuleHook
    public List<UUID> orderIds(UUID checkoutId) {
        return orders.ofCheckout(checkoutId).stream()
                .map(OrderingOrderRecord::getId)
                .toList();
    }

    /** The orders a payment paid (one per shop), with their shop and amount, for the payment module's ledger. */
    @Transactional(readOnly = true)
    @ModuleHook
    public List<PaidOrder> paidBy(UUID checkoutId, String paymentRef) {
        return orders.ofCheckout(checkoutId).stream()
                .filter(o -> paymentRef.equals(o.getPaymentRef()))
                .map(o -> new PaidOrder(
                        o.getId(),
                        o.getMerchantId(),
                        o.getTotalFen(),
                        orders.lines(List.of(o.getId())).stream()
                                .map(l -> new PaidLine(l.getProductId(), l.getPayableFen()))
                                .toList()))
                .toList();
    }

    /** One order paid by a payment, with what each line costs the shopper (for commission). */
    public record PaidOrder(UUID orderId, UUID merchantId, long totalFen, List<PaidLine> lines) {}

    /** A line's product and its payable amount (after its share of discounts and shipping). */
    public record PaidLine(UUID productId, long payableFen) {}

    /** Order numbers by id, for statements that list orders a payment settled (ids not found are left out). */
    @Transactional(readOnly = true)
    @ModuleHook
    public java.util.Map<UUID, String> orderNumbers(java.util.Collection<UUID> orderIds) {
        return orders.orderNumbers(orderIds);
    }

    private static long total(List<OrderingOrderRecord> orders) {
        return orders.stream().mapToLong(OrderingOrderRecord::getTotalFen).sum();
    }

    /** The amount still to pay for a checkout's pending orders (0 when nothing is pending). */
    @Transactional(readOnly = true)
    @ModuleHook
    public long amountDue(UUID checkoutId) {
        return orders.ofCheckout(checkoutId).stream()
                .filter(o -> OrderStatus.PENDING_PAYMENT.name().equals(o.getStatus()))
                .mapToLong(OrderingOrderRecord::getTotalFen)
                .sum();
    }
}
