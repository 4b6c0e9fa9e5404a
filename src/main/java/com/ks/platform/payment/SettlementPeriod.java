package com.ks.platform.payment;

import java.time.YearMonth;

/**
 * A merchant's settlement statement for one calendar month (China Standard Time), read from the ledger: the orders
 * allocated to it, their gross, the refunds it gave, the platform's commission (net of what refunds gave back) and what
 * the platform owes it. {@code current} marks the month still running ("so far this month").
 */
public record SettlementPeriod(
        YearMonth month, boolean current, int orders, long grossFen, long refundsFen, long commissionFen) {

    public long netPayableFen() {
        return grossFen - refundsFen - commissionFen;
    }
}
