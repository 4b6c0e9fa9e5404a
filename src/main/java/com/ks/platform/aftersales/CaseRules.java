package com.ks.platform.aftersales;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.ReturnPolicy;
import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ordering.OrderStatus;
import com.ks.platform.shared.NotFound;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The facts eligibility needs about one order line, gathered once for the apply page and the service alike. */
@Component
class CaseRules {

    private final CaseRepository cases;
    private final CatalogQueries catalog;
    private final AfterSalesSettings settings;

    CaseRules(CaseRepository cases, CatalogQueries catalog, AfterSalesSettings settings) {
        this.cases = cases;
        this.catalog = catalog;
        this.settings = settings;
    }

    static OrderDetails.Line line(OrderDetails order, java.util.UUID lineId) {
        return order.lines().stream()
                .filter(l -> l.id().equals(lineId))
                .findFirst()
                .orElseThrow(() -> new NotFound("error.aftersales.lineNotFound"));
    }

    ApplyOptions options(OrderDetails order, OrderDetails.Line line, Instant now) {
        Instant deliveredAt = order.timeline().stream()
                .filter(e -> e.to() == OrderStatus.DELIVERED)
                .map(OrderDetails.Event::occurredAt)
                .reduce((first, last) -> last)
                .orElse(null);
        ReturnPolicy policy = catalog.returnPolicy(line.productId()).orElse(ReturnPolicy.of(false, null));
        String rootCategory =
                catalog.rootCategoryCodes(List.of(line.productId())).get(line.productId());
        Map<CaseReason, Eligibility.Verdict> verdicts = new EnumMap<>(CaseReason.class);
        for (CaseReason reason : CaseReason.values()) {
            verdicts.put(
                    reason,
                    Eligibility.check(
                            reason, order.status(), deliveredAt, policy, settings.periods(rootCategory), now));
        }
        int claimable = Math.max(0, line.quantity() - cases.claimedQuantity(line.id()));
        return new ApplyOptions(
                order.id(),
                order.orderNo(),
                line.id(),
                line.title(),
                line.specText(),
                line.imageRef(),
                claimable,
                line.payableFen() / line.quantity(),
                cases.hasOpenCase(line.id()),
                verdicts,
                now);
    }

    /**
     * What {@code quantity} units of the line give back: their share of what was paid for the line, never more than
     * the line's payment less what earlier cases took; the last units take the remainder so no fen is lost.
     */
    long refundFor(OrderDetails.Line line, int quantity, int claimable) {
        long left = line.payableFen() - cases.refundedOnLine(line.id());
        long share = quantity == claimable ? left : line.payableFen() * quantity / line.quantity();
        return Math.max(0, Math.min(left, share));
    }
}
