package com.ks.platform.payment;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.ordering.OrderPayments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The platform's commission on an order: each line's payable amount × the rate of its product's top-level category,
 * summed exactly and rounded HALF_UP to the fen once per order (so lines never lose or gain a fen each). A refund gives
 * back the share of it the refunds so far make of the order, rounded on the running total: a whole refund returns all
 * of it, however many parts it came in.
 */
@Component
class Commissions {

    private final CatalogQueries catalog;
    private final CommissionSettings rates;

    Commissions(CatalogQueries catalog, CommissionSettings rates) {
        this.catalog = catalog;
        this.rates = rates;
    }

    long of(List<OrderPayments.PaidLine> lines) {
        Map<UUID, String> roots = catalog.rootCategoryCodes(
                lines.stream().map(OrderPayments.PaidLine::productId).toList());
        BigDecimal exact = BigDecimal.ZERO;
        for (var line : lines) {
            exact = exact.add(
                    BigDecimal.valueOf(line.payableFen()).multiply(rates.rateOf(roots.get(line.productId()))));
        }
        return exact.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** What of {@code commissionFen} goes back when {@code refundFen} more of an order of {@code orderFen} is refunded. */
    static long reversal(long commissionFen, long orderFen, long refundedBeforeFen, long refundFen) {
        return share(commissionFen, refundedBeforeFen + refundFen, orderFen)
                - share(commissionFen, refundedBeforeFen, orderFen);
    }

    private static long share(long commissionFen, long partFen, long wholeFen) {
        return BigDecimal.valueOf(commissionFen)
                .multiply(BigDecimal.valueOf(partFen))
                .divide(BigDecimal.valueOf(wholeFen), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
