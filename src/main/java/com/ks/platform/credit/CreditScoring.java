package com.ks.platform.credit;

import com.ks.platform.credit.CreditFactor.Code;
import com.ks.platform.ordering.PurchaseHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The explainable score: five factors, each with fixed points for fixed bands (no weights learnt from data), summed
 * and clamped at 0; the limit follows from the standing and the score's tier. Same inputs, same result.
 */
@Component
class CreditScoring {

    static final int ESTABLISHED_ORDERS = 3;

    private final CreditSettings settings;
    private final CreditLimits limits;

    /** Limits from the properties alone, for scoring outside the application (unit tests). */
    CreditScoring(CreditSettings settings) {
        this(settings, CreditLimits.ofProperties(settings));
    }

    @Autowired
    CreditScoring(CreditSettings settings, CreditLimits limits) {
        this.settings = settings;
        this.limits = limits;
    }

    record Repayments(int onTime, int late, int overdueNow) {}

    record Assessment(List<CreditFactor> factors, int score, CreditStanding standing, long limitFen) {}

    Assessment assess(Instant accountCreated, PurchaseHistory.Summary history, Repayments repayments, Instant now) {
        long ageDays = Math.max(0, Duration.between(accountCreated, now).toDays());
        List<CreditFactor> factors = List.of(
                new CreditFactor(Code.ACCOUNT_AGE, String.valueOf(ageDays), band(ageDays, 30, 180, 365)),
                new CreditFactor(
                        Code.KEPT_ORDERS, String.valueOf(history.keptOrders()), band(history.keptOrders(), 1, 3, 10)),
                new CreditFactor(
                        Code.PAID_AMOUNT,
                        String.valueOf(history.keptFen()),
                        band(history.keptFen(), 50_000, 200_000, 1_000_000)),
                new CreditFactor(
                        Code.REFUND_RATE,
                        history.refundedOrders() + "/" + history.paidOrders(),
                        refundPoints(history.refundedOrders(), history.paidOrders())),
                new CreditFactor(
                        Code.REPAYMENT,
                        repayments.onTime() + "/" + repayments.late() + "/" + repayments.overdueNow(),
                        repaymentPoints(repayments)));
        int score = Math.max(0, factors.stream().mapToInt(CreditFactor::points).sum());
        CreditStanding standing;
        long limit;
        if (history.keptOrders() == 0) {
            standing = CreditStanding.NO_HISTORY;
            limit = 0;
        } else if (ageDays < settings.establishedAfter().toDays() && history.keptOrders() < ESTABLISHED_ORDERS) {
            standing = CreditStanding.STARTER;
            limit = limits.starterLimitFen();
        } else {
            standing = CreditStanding.SCORED;
            limit = limits.limitFor(score);
        }
        return new Assessment(factors, score, standing, limit);
    }

    /** 0, 10, 20 or 30 points as the value reaches each of three thresholds. */
    private static int band(long value, long first, long second, long third) {
        return value >= third ? 30 : value >= second ? 20 : value >= first ? 10 : 0;
    }

    /** Few cancellations after payment earn trust; many cost it (no orders: no points either way). */
    private static int refundPoints(int refunded, int paid) {
        if (paid == 0) {
            return 0;
        }
        // at most 5 % → 20 points, at most 20 % → 10 points, more → −10 (integer arithmetic, no rounding)
        return refunded * 20L <= paid ? 20 : refunded * 5L <= paid ? 10 : -10;
    }

    private static int repaymentPoints(Repayments r) {
        if (r.overdueNow() > 0) {
            return -50;
        }
        if (r.late() > 0) {
            return -20;
        }
        return r.onTime() > 0 ? 20 : 0;
    }
}
